CREATE TABLE `change_counters` (
	`name` text PRIMARY KEY NOT NULL,
	`value` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
INSERT INTO `change_counters` (`name`, `value`) VALUES ('calls', 0), ('accounts', 0);
--> statement-breakpoint
CREATE TRIGGER `calls_insert_counts_calls` AFTER INSERT ON `calls` BEGIN
  UPDATE `change_counters` SET `value` = `value` + 1 WHERE `name` = 'calls';
END;
--> statement-breakpoint
CREATE TRIGGER `calls_update_counts_calls` AFTER UPDATE ON `calls` BEGIN
  UPDATE `change_counters` SET `value` = `value` + 1 WHERE `name` = 'calls';
END;
--> statement-breakpoint
CREATE TRIGGER `calls_delete_counts_calls` AFTER DELETE ON `calls` BEGIN
  UPDATE `change_counters` SET `value` = `value` + 1 WHERE `name` = 'calls';
END;
--> statement-breakpoint
CREATE TRIGGER `call_search_insert_counts_calls` AFTER INSERT ON `call_search` BEGIN
  UPDATE `change_counters` SET `value` = `value` + 1 WHERE `name` = 'calls';
END;
--> statement-breakpoint
CREATE TRIGGER `call_search_update_counts_calls` AFTER UPDATE ON `call_search` BEGIN
  UPDATE `change_counters` SET `value` = `value` + 1 WHERE `name` = 'calls';
END;
--> statement-breakpoint
CREATE TRIGGER `call_search_delete_counts_calls` AFTER DELETE ON `call_search` BEGIN
  UPDATE `change_counters` SET `value` = `value` + 1 WHERE `name` = 'calls';
END;
--> statement-breakpoint
CREATE TRIGGER `call_sources_insert_counts_calls` AFTER INSERT ON `call_sources` BEGIN
  UPDATE `change_counters` SET `value` = `value` + 1 WHERE `name` = 'calls';
END;
--> statement-breakpoint
CREATE TRIGGER `call_sources_update_counts_calls` AFTER UPDATE ON `call_sources` BEGIN
  UPDATE `change_counters` SET `value` = `value` + 1 WHERE `name` = 'calls';
END;
--> statement-breakpoint
CREATE TRIGGER `call_sources_delete_counts_calls` AFTER DELETE ON `call_sources` BEGIN
  UPDATE `change_counters` SET `value` = `value` + 1 WHERE `name` = 'calls';
END;
--> statement-breakpoint
CREATE TRIGGER `sessions_delete_counts_accounts` AFTER DELETE ON `sessions` BEGIN
  UPDATE `change_counters` SET `value` = `value` + 1 WHERE `name` = 'accounts';
END;
--> statement-breakpoint
CREATE TRIGGER `users_update_counts_accounts` AFTER UPDATE ON `users` BEGIN
  UPDATE `change_counters` SET `value` = `value` + 1 WHERE `name` = 'accounts';
END;
--> statement-breakpoint
CREATE TRIGGER `users_delete_counts_accounts` AFTER DELETE ON `users` BEGIN
  UPDATE `change_counters` SET `value` = `value` + 1 WHERE `name` = 'accounts';
END;
--> statement-breakpoint
CREATE TRIGGER `municipalities_update_counts_accounts` AFTER UPDATE ON `municipalities` BEGIN
  UPDATE `change_counters` SET `value` = `value` + 1 WHERE `name` = 'accounts';
END;
--> statement-breakpoint
CREATE TRIGGER `memberships_insert_counts_accounts` AFTER INSERT ON `memberships` BEGIN
  UPDATE `change_counters` SET `value` = `value` + 1 WHERE `name` = 'accounts';
END;
--> statement-breakpoint
CREATE TRIGGER `memberships_update_counts_accounts` AFTER UPDATE ON `memberships` BEGIN
  UPDATE `change_counters` SET `value` = `value` + 1 WHERE `name` = 'accounts';
END;
--> statement-breakpoint
CREATE TRIGGER `memberships_delete_counts_accounts` AFTER DELETE ON `memberships` BEGIN
  UPDATE `change_counters` SET `value` = `value` + 1 WHERE `name` = 'accounts';
END;
