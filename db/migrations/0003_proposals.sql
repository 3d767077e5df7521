CREATE TABLE `budget_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`proposal_id` text NOT NULL,
	`category` text NOT NULL,
	`description` text NOT NULL,
	`quantity_milli` integer NOT NULL,
	`unit_cost_cents` integer NOT NULL,
	`funder_share_cents` integer NOT NULL,
	`own_contribution_cents` integer NOT NULL,
	`position` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "budget_lines_non_negative" CHECK("budget_lines"."quantity_milli" >= 0 AND "budget_lines"."unit_cost_cents" >= 0 AND "budget_lines"."funder_share_cents" >= 0 AND "budget_lines"."own_contribution_cents" >= 0)
);
--> statement-breakpoint
CREATE INDEX `budget_lines_proposal_idx` ON `budget_lines` (`proposal_id`,`position`);--> statement-breakpoint
CREATE TABLE `proposal_comments` (
	`id` text PRIMARY KEY NOT NULL,
	`proposal_id` text NOT NULL,
	`section_id` text,
	`parent_id` text,
	`author_user_id` text,
	`body` text NOT NULL,
	`resolved_at` text,
	`resolved_by` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`section_id`) REFERENCES `proposal_sections`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`resolved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `proposal_comments_proposal_idx` ON `proposal_comments` (`proposal_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `proposal_milestones` (
	`id` text PRIMARY KEY NOT NULL,
	`proposal_id` text NOT NULL,
	`title` text NOT NULL,
	`due_at` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `proposal_milestones_proposal_idx` ON `proposal_milestones` (`proposal_id`);--> statement-breakpoint
CREATE TABLE `proposal_needs` (
	`proposal_id` text NOT NULL,
	`need_id` text NOT NULL,
	PRIMARY KEY(`proposal_id`, `need_id`),
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`need_id`) REFERENCES `needs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `proposal_partners` (
	`proposal_id` text NOT NULL,
	`municipality_id` text NOT NULL,
	PRIMARY KEY(`proposal_id`, `municipality_id`),
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipalities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `proposal_partners_municipality_idx` ON `proposal_partners` (`municipality_id`);--> statement-breakpoint
CREATE TABLE `proposal_sections` (
	`id` text PRIMARY KEY NOT NULL,
	`proposal_id` text NOT NULL,
	`key` text NOT NULL,
	`title` text NOT NULL,
	`position` integer NOT NULL,
	`plain_text` text DEFAULT '' NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `proposal_sections_proposal_idx` ON `proposal_sections` (`proposal_id`,`position`);--> statement-breakpoint
CREATE TABLE `proposal_status_changes` (
	`id` text PRIMARY KEY NOT NULL,
	`proposal_id` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`user_id` text,
	`at` text NOT NULL,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `proposal_status_changes_proposal_idx` ON `proposal_status_changes` (`proposal_id`,`at`);--> statement-breakpoint
CREATE TABLE `proposal_tasks` (
	`id` text PRIMARY KEY NOT NULL,
	`proposal_id` text NOT NULL,
	`title` text NOT NULL,
	`assignee_user_id` text,
	`due_at` text,
	`done` integer DEFAULT false NOT NULL,
	`position` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`assignee_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `proposal_tasks_proposal_idx` ON `proposal_tasks` (`proposal_id`,`position`);--> statement-breakpoint
CREATE TABLE `proposal_templates` (
	`key` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`name_el` text NOT NULL,
	`sections` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `proposals` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`call_id` text,
	`lead_municipality_id` text NOT NULL,
	`owner_user_id` text,
	`template_key` text NOT NULL,
	`status` text NOT NULL,
	`deadline` text,
	`requested_cents` integer,
	`awarded_cents` integer,
	`shared_as_example` integer DEFAULT false NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`call_id`) REFERENCES `calls`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`lead_municipality_id`) REFERENCES `municipalities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `proposals_lead_idx` ON `proposals` (`lead_municipality_id`);--> statement-breakpoint
CREATE INDEX `proposals_call_idx` ON `proposals` (`call_id`);--> statement-breakpoint
CREATE TABLE `section_updates` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`section_id` text NOT NULL,
	`update` blob NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`section_id`) REFERENCES `proposal_sections`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `section_updates_section_idx` ON `section_updates` (`section_id`,`seq`);--> statement-breakpoint
CREATE TABLE `section_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`section_id` text NOT NULL,
	`name` text,
	`kind` text NOT NULL,
	`state` blob NOT NULL,
	`plain_text` text NOT NULL,
	`created_by` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`section_id`) REFERENCES `proposal_sections`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `section_versions_section_idx` ON `section_versions` (`section_id`,`created_at`);