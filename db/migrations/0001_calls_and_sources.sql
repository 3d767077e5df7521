CREATE TABLE `leases` (
	`name` text PRIMARY KEY NOT NULL,
	`holder` text NOT NULL,
	`expires_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `source_runs` (
	`id` text PRIMARY KEY NOT NULL,
	`source_id` text NOT NULL,
	`status` text NOT NULL,
	`fetched` integer DEFAULT 0 NOT NULL,
	`created` integer DEFAULT 0 NOT NULL,
	`updated` integer DEFAULT 0 NOT NULL,
	`unchanged` integer DEFAULT 0 NOT NULL,
	`error_code` text,
	`error_message` text,
	`holder` text NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text,
	`duration_ms` integer,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `source_runs_source_started_idx` ON `source_runs` (`source_id`,`started_at`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`url` text NOT NULL,
	`options` text NOT NULL,
	`schedule` text NOT NULL,
	`enabled` integer NOT NULL,
	`etag` text,
	`last_modified` text,
	`created_by` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `call_revisions` (
	`id` text PRIMARY KEY NOT NULL,
	`call_id` text NOT NULL,
	`at` text NOT NULL,
	`source_id` text,
	`actor_user_id` text,
	`changes` text NOT NULL,
	FOREIGN KEY (`call_id`) REFERENCES `calls`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`actor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `call_revisions_call_idx` ON `call_revisions` (`call_id`,`at`);--> statement-breakpoint
CREATE TABLE `call_sources` (
	`source_id` text NOT NULL,
	`item_key` text NOT NULL,
	`call_id` text NOT NULL,
	`url` text,
	`content_hash` text NOT NULL,
	`first_seen_at` text NOT NULL,
	`last_changed_at` text NOT NULL,
	PRIMARY KEY(`source_id`, `item_key`),
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`call_id`) REFERENCES `calls`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `call_sources_call_idx` ON `call_sources` (`call_id`);--> statement-breakpoint
CREATE TABLE `calls` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`url` text,
	`funder` text,
	`programme` text NOT NULL,
	`reference` text,
	`status_hint` text,
	`withdrawn` integer DEFAULT false NOT NULL,
	`opening_date` text,
	`deadline` text,
	`budget_cents` integer,
	`currency` text DEFAULT 'EUR' NOT NULL,
	`max_grant_cents` integer,
	`cofinancing_rate` real,
	`eligible_applicants` text NOT NULL,
	`themes` text NOT NULL,
	`language` text NOT NULL,
	`official` integer DEFAULT false NOT NULL,
	`origin` text NOT NULL,
	`created_by` text,
	`first_seen_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `calls_deadline_idx` ON `calls` (`deadline`);--> statement-breakpoint
CREATE INDEX `calls_programme_idx` ON `calls` (`programme`);--> statement-breakpoint
CREATE INDEX `calls_reference_idx` ON `calls` (`reference`);--> statement-breakpoint
CREATE INDEX `calls_first_seen_idx` ON `calls` (`first_seen_at`);