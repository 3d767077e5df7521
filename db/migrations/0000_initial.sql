CREATE TABLE `municipalities` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`name_el` text NOT NULL,
	`region` text NOT NULL,
	`region_el` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `municipalities_slug_unique` ON `municipalities` (`slug`);--> statement-breakpoint
CREATE TABLE `memberships` (
	`user_id` text PRIMARY KEY NOT NULL,
	`role` text NOT NULL,
	`municipality_id` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipalities`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "memberships_officer_has_municipality" CHECK(("memberships"."role" = 'officer') = ("memberships"."municipality_id" IS NOT NULL))
);
--> statement-breakpoint
CREATE INDEX `memberships_municipality_idx` ON `memberships` (`municipality_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`calendar_token` text NOT NULL,
	`disabled_at` text,
	`last_login_at` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE UNIQUE INDEX `users_calendar_token_unique` ON `users` (`calendar_token`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`created_at` text NOT NULL,
	`last_seen_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`ip_address` text,
	`user_agent` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor_user_id` text,
	`actor_email` text,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text,
	`municipality_id` text,
	`details` text,
	`ip_address` text,
	`request_id` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity_type`,`entity_id`);--> statement-breakpoint
CREATE TABLE `themes` (
	`slug` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`name_el` text NOT NULL,
	`description` text NOT NULL,
	`description_el` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `needs` (
	`id` text PRIMARY KEY NOT NULL,
	`municipality_id` text NOT NULL,
	`title` text NOT NULL,
	`description` text NOT NULL,
	`category` text NOT NULL,
	`target_groups` text NOT NULL,
	`priority` integer NOT NULL,
	`estimated_budget_cents` integer,
	`status` text NOT NULL,
	`created_by` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipalities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`category`) REFERENCES `themes`(`slug`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "needs_priority_range" CHECK("needs"."priority" BETWEEN 1 AND 3),
	CONSTRAINT "needs_budget_non_negative" CHECK("needs"."estimated_budget_cents" IS NULL OR "needs"."estimated_budget_cents" >= 0)
);
--> statement-breakpoint
CREATE INDEX `needs_municipality_idx` ON `needs` (`municipality_id`);--> statement-breakpoint
CREATE TABLE `job_heartbeats` (
	`job` text PRIMARY KEY NOT NULL,
	`last_beat_at` text NOT NULL,
	`process_id` integer NOT NULL,
	`hostname` text NOT NULL,
	`beats` integer DEFAULT 0 NOT NULL
);
