CREATE TABLE `announcement_opens` (
	`announcement_id` text NOT NULL,
	`user_id` text NOT NULL,
	`municipality_id` text,
	`opened_at` text NOT NULL,
	PRIMARY KEY(`announcement_id`, `user_id`),
	FOREIGN KEY (`announcement_id`) REFERENCES `announcements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipalities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `announcement_targets` (
	`announcement_id` text NOT NULL,
	`municipality_id` text NOT NULL,
	PRIMARY KEY(`announcement_id`, `municipality_id`),
	FOREIGN KEY (`announcement_id`) REFERENCES `announcements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipalities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `announcements` (
	`id` text PRIMARY KEY NOT NULL,
	`call_id` text NOT NULL,
	`message` text NOT NULL,
	`author_user_id` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`call_id`) REFERENCES `calls`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `announcements_created_idx` ON `announcements` (`created_at`);--> statement-breakpoint
CREATE INDEX `announcements_call_idx` ON `announcements` (`call_id`);--> statement-breakpoint
CREATE TABLE `good_practices` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`municipality_id` text NOT NULL,
	`summary` text NOT NULL,
	`body` text NOT NULL,
	`themes` text NOT NULL,
	`programme` text,
	`contacts` text NOT NULL,
	`links` text NOT NULL,
	`search_terms` text NOT NULL,
	`author_user_id` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipalities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `good_practices_municipality_idx` ON `good_practices` (`municipality_id`);--> statement-breakpoint
CREATE TABLE `lessons` (
	`id` text PRIMARY KEY NOT NULL,
	`proposal_id` text,
	`municipality_id` text,
	`author_user_id` text,
	`title` text NOT NULL,
	`what_happened` text NOT NULL,
	`next_time` text NOT NULL,
	`programme` text NOT NULL,
	`funder` text,
	`themes` text NOT NULL,
	`phase` text NOT NULL,
	`sharing` text NOT NULL,
	`good_practice_id` text,
	`search_terms` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipalities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`good_practice_id`) REFERENCES `good_practices`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "lessons_municipality_sharing" CHECK("lessons"."sharing" <> 'municipality' OR "lessons"."municipality_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE INDEX `lessons_programme_idx` ON `lessons` (`programme`);--> statement-breakpoint
CREATE INDEX `lessons_municipality_idx` ON `lessons` (`municipality_id`);--> statement-breakpoint
CREATE INDEX `lessons_proposal_idx` ON `lessons` (`proposal_id`);--> statement-breakpoint
CREATE TABLE `proposal_good_practices` (
	`proposal_id` text NOT NULL,
	`good_practice_id` text NOT NULL,
	PRIMARY KEY(`proposal_id`, `good_practice_id`),
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`good_practice_id`) REFERENCES `good_practices`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `proposal_outcome_files` (
	`proposal_id` text PRIMARY KEY NOT NULL,
	`content` blob NOT NULL,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposal_outcomes`(`proposal_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `proposal_outcomes` (
	`proposal_id` text PRIMARY KEY NOT NULL,
	`evaluator_score` real,
	`evaluator_max_score` real,
	`feedback` text DEFAULT '' NOT NULL,
	`attachment_name` text,
	`attachment_bytes` integer,
	`recorded_by` text,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "proposal_outcomes_score_range" CHECK("proposal_outcomes"."evaluator_score" IS NULL OR "proposal_outcomes"."evaluator_score" >= 0)
);
--> statement-breakpoint
CREATE VIRTUAL TABLE `lesson_fts` USING fts5(`lesson_id` UNINDEXED, `terms`, tokenize='unicode61 remove_diacritics 0');
--> statement-breakpoint
CREATE TRIGGER `lessons_after_insert` AFTER INSERT ON `lessons` BEGIN
  INSERT INTO `lesson_fts`(`lesson_id`, `terms`) VALUES (new.id, new.search_terms);
END;
--> statement-breakpoint
CREATE TRIGGER `lessons_after_delete` AFTER DELETE ON `lessons` BEGIN
  DELETE FROM `lesson_fts` WHERE `lesson_id` = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `lessons_after_update` AFTER UPDATE OF `search_terms` ON `lessons` BEGIN
  UPDATE `lesson_fts` SET `terms` = new.search_terms WHERE `lesson_id` = old.id;
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `good_practice_fts` USING fts5(`good_practice_id` UNINDEXED, `terms`, tokenize='unicode61 remove_diacritics 0');
--> statement-breakpoint
CREATE TRIGGER `good_practices_after_insert` AFTER INSERT ON `good_practices` BEGIN
  INSERT INTO `good_practice_fts`(`good_practice_id`, `terms`) VALUES (new.id, new.search_terms);
END;
--> statement-breakpoint
CREATE TRIGGER `good_practices_after_delete` AFTER DELETE ON `good_practices` BEGIN
  DELETE FROM `good_practice_fts` WHERE `good_practice_id` = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `good_practices_after_update` AFTER UPDATE OF `search_terms` ON `good_practices` BEGIN
  UPDATE `good_practice_fts` SET `terms` = new.search_terms WHERE `good_practice_id` = old.id;
END;
