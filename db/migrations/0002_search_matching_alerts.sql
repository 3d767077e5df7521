CREATE TABLE `call_search` (
	`rowid` integer PRIMARY KEY NOT NULL,
	`call_id` text NOT NULL,
	`title_terms` text NOT NULL,
	`body_terms` text NOT NULL,
	`programme` text NOT NULL,
	`status_hint` text,
	`withdrawn` integer NOT NULL,
	`opening_date` text,
	`deadline` text,
	`first_seen_at` text NOT NULL,
	`themes` text NOT NULL,
	`eligible_applicants` text NOT NULL,
	FOREIGN KEY (`call_id`) REFERENCES `calls`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `call_search_call_id_unique` ON `call_search` (`call_id`);--> statement-breakpoint
CREATE INDEX `call_search_deadline_idx` ON `call_search` (`deadline`);--> statement-breakpoint
CREATE INDEX `call_search_first_seen_idx` ON `call_search` (`first_seen_at`);--> statement-breakpoint
CREATE TABLE `match_feedback` (
	`need_id` text NOT NULL,
	`call_id` text NOT NULL,
	`verdict` text NOT NULL,
	`user_id` text,
	`at` text NOT NULL,
	PRIMARY KEY(`need_id`, `call_id`),
	FOREIGN KEY (`need_id`) REFERENCES `needs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`call_id`) REFERENCES `calls`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `matches` (
	`need_id` text NOT NULL,
	`call_id` text NOT NULL,
	`score` real NOT NULL,
	`reasons` text NOT NULL,
	`computed_at` text NOT NULL,
	PRIMARY KEY(`need_id`, `call_id`),
	FOREIGN KEY (`need_id`) REFERENCES `needs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`call_id`) REFERENCES `calls`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `matches_need_score_idx` ON `matches` (`need_id`,`score`);--> statement-breakpoint
CREATE INDEX `matches_call_idx` ON `matches` (`call_id`);--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`link` text NOT NULL,
	`dedupe_key` text NOT NULL,
	`created_at` text NOT NULL,
	`read_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notifications_user_dedupe_idx` ON `notifications` (`user_id`,`dedupe_key`);--> statement-breakpoint
CREATE INDEX `notifications_user_created_idx` ON `notifications` (`user_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text,
	`to_address` text NOT NULL,
	`subject` text NOT NULL,
	`body_text` text NOT NULL,
	`dedupe_key` text NOT NULL,
	`created_at` text NOT NULL,
	`sent_at` text,
	`error` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_dedupe_key_unique` ON `outbox` (`dedupe_key`);--> statement-breakpoint
CREATE INDEX `outbox_created_idx` ON `outbox` (`created_at`);--> statement-breakpoint
CREATE TABLE `saved_searches` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`name` text NOT NULL,
	`query` text NOT NULL,
	`notify` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`checked_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `saved_searches_user_idx` ON `saved_searches` (`user_id`);--> statement-breakpoint
CREATE TABLE `tracked_calls` (
	`user_id` text NOT NULL,
	`call_id` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`user_id`, `call_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`call_id`) REFERENCES `calls`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `tracked_calls_call_idx` ON `tracked_calls` (`call_id`);--> statement-breakpoint
CREATE VIRTUAL TABLE `call_search_fts` USING fts5(`title_terms`, `body_terms`, content='call_search', content_rowid='rowid', tokenize='unicode61 remove_diacritics 0');
--> statement-breakpoint
CREATE TRIGGER `call_search_after_insert` AFTER INSERT ON `call_search` BEGIN
  INSERT INTO `call_search_fts`(rowid, `title_terms`, `body_terms`) VALUES (new.rowid, new.title_terms, new.body_terms);
END;
--> statement-breakpoint
CREATE TRIGGER `call_search_after_delete` AFTER DELETE ON `call_search` BEGIN
  INSERT INTO `call_search_fts`(`call_search_fts`, rowid, `title_terms`, `body_terms`) VALUES ('delete', old.rowid, old.title_terms, old.body_terms);
END;
--> statement-breakpoint
CREATE TRIGGER `call_search_after_update` AFTER UPDATE OF `title_terms`, `body_terms` ON `call_search` BEGIN
  INSERT INTO `call_search_fts`(`call_search_fts`, rowid, `title_terms`, `body_terms`) VALUES ('delete', old.rowid, old.title_terms, old.body_terms);
  INSERT INTO `call_search_fts`(rowid, `title_terms`, `body_terms`) VALUES (new.rowid, new.title_terms, new.body_terms);
END;
