/**
 * The advanced configuration of each database engine, typed from the official description: keys
 * are the API's own (snake_case, some with dots), values as the API takes them. Read with
 * `cluster.config()`, changed with `cluster.updateConfig(changes)`.
 */

/** The advanced configuration of a PostgreSQL cluster, with the API's own (snake_case) keys. */
export interface PostgresConfig {
  /** `autovacuum_freeze_max_age` (200000000 to 1500000000). */
  autovacuum_freeze_max_age?: number;
  /** `autovacuum_max_workers` (1 to 20). */
  autovacuum_max_workers?: number;
  /** `autovacuum_naptime` (0 to 86400). */
  autovacuum_naptime?: number;
  /** `autovacuum_vacuum_threshold` (0 to 2147483647). */
  autovacuum_vacuum_threshold?: number;
  /** `autovacuum_analyze_threshold` (0 to 2147483647). */
  autovacuum_analyze_threshold?: number;
  /** `autovacuum_vacuum_scale_factor` (0 to 1). */
  autovacuum_vacuum_scale_factor?: number;
  /** `autovacuum_analyze_scale_factor` (0 to 1). */
  autovacuum_analyze_scale_factor?: number;
  /** `autovacuum_vacuum_cost_delay` (-1 to 100). */
  autovacuum_vacuum_cost_delay?: number;
  /** `autovacuum_vacuum_cost_limit` (-1 to 10000). */
  autovacuum_vacuum_cost_limit?: number;
  /** `backup_hour` (0 to 23). */
  backup_hour?: number;
  /** `backup_minute` (0 to 59). */
  backup_minute?: number;
  /** `bgwriter_delay` (10 to 10000). */
  bgwriter_delay?: number;
  /** `bgwriter_flush_after` (0 to 2048). */
  bgwriter_flush_after?: number;
  /** `bgwriter_lru_maxpages` (0 to 1073741823). */
  bgwriter_lru_maxpages?: number;
  /** `bgwriter_lru_multiplier` (0 to 10). */
  bgwriter_lru_multiplier?: number;
  /** `deadlock_timeout` (500 to 1800000). */
  deadlock_timeout?: number;
  /** `default_toast_compression`. */
  default_toast_compression?: "lz4" | "pglz";
  /** `idle_in_transaction_session_timeout` (0 to 604800000). */
  idle_in_transaction_session_timeout?: number;
  /** `jit`. */
  jit?: boolean;
  /** `log_autovacuum_min_duration` (-1 to 2147483647). */
  log_autovacuum_min_duration?: number;
  /** `log_error_verbosity`. */
  log_error_verbosity?: "TERSE" | "DEFAULT" | "VERBOSE";
  /** `log_line_prefix`. */
  log_line_prefix?: "pid=%p,user=%u,db=%d,app=%a,client=%h" | "%m [%p] %q[user=%u,db=%d,app=%a]" | "%t [%p]: [%l-1] user=%u,db=%d,app=%a,client=%h";
  /** `log_min_duration_statement` (-1 to 86400000). */
  log_min_duration_statement?: number;
  /** `max_files_per_process` (1000 to 4096). */
  max_files_per_process?: number;
  /** `max_prepared_transactions` (0 to 10000). */
  max_prepared_transactions?: number;
  /** `max_pred_locks_per_transaction` (64 to 640). */
  max_pred_locks_per_transaction?: number;
  /** `max_locks_per_transaction` (64 to 6400). */
  max_locks_per_transaction?: number;
  /** `max_stack_depth` (2097152 to 6291456). */
  max_stack_depth?: number;
  /** `max_standby_archive_delay` (1 to 43200000). */
  max_standby_archive_delay?: number;
  /** `max_standby_streaming_delay` (1 to 43200000). */
  max_standby_streaming_delay?: number;
  /** `max_replication_slots` (8 to 64). */
  max_replication_slots?: number;
  /** `max_logical_replication_workers` (4 to 64). */
  max_logical_replication_workers?: number;
  /** `max_parallel_workers` (0 to 96). */
  max_parallel_workers?: number;
  /** `max_parallel_workers_per_gather` (0 to 96). */
  max_parallel_workers_per_gather?: number;
  /** `max_worker_processes` (8 to 96). */
  max_worker_processes?: number;
  /** `pg_partman_bgw.role`. */
  "pg_partman_bgw.role"?: string;
  /** `pg_partman_bgw.interval` (3600 to 604800). */
  "pg_partman_bgw.interval"?: number;
  /** `pg_stat_statements.track`. */
  "pg_stat_statements.track"?: "all" | "top" | "none";
  /** `temp_file_limit` (-1 to 2147483647). */
  temp_file_limit?: number;
  /** `timezone`. */
  timezone?: string;
  /** `track_activity_query_size` (1024 to 10240). */
  track_activity_query_size?: number;
  /** `track_commit_timestamp`. */
  track_commit_timestamp?: "off" | "on";
  /** `track_functions`. */
  track_functions?: "all" | "pl" | "none";
  /** `track_io_timing`. */
  track_io_timing?: "off" | "on";
  /** `max_wal_senders` (20 to 64). */
  max_wal_senders?: number;
  /** `wal_sender_timeout` (0 to 10800000). */
  wal_sender_timeout?: number;
  /** `wal_writer_delay` (10 to 200). */
  wal_writer_delay?: number;
  /** `shared_buffers_percentage` (20 to 60). */
  shared_buffers_percentage?: number;
  /** `pgbouncer`. */
  pgbouncer?: { server_reset_query_always?: boolean; ignore_startup_parameters?: Array<"extra_float_digits" | "search_path">; min_pool_size?: number; server_lifetime?: number; server_idle_timeout?: number; autodb_pool_size?: number; autodb_pool_mode?: "session" | "transaction" | "statement"; autodb_max_db_connections?: number; autodb_idle_timeout?: number };
  /** `work_mem` (1 to 1024). */
  work_mem?: number;
  /** `timescaledb`. */
  timescaledb?: { max_background_workers?: number };
  /** `synchronous_replication`. */
  synchronous_replication?: "off" | "quorum";
  /** `stat_monitor_enable`. */
  stat_monitor_enable?: boolean;
  /** `max_failover_replication_time_lag` (10 to 9223372036854776000). */
  max_failover_replication_time_lag?: number;
  /** `max_connections` (25 to ). */
  max_connections?: number;
  /** `max_slot_wal_keep_size` (-1 to 2147483647). */
  max_slot_wal_keep_size?: number;
}

/** The advanced configuration of a MySQL cluster, with the API's own (snake_case) keys. */
export interface MysqlConfig {
  /** `backup_hour` (0 to 23). */
  backup_hour?: number;
  /** `backup_minute` (0 to 59). */
  backup_minute?: number;
  /** `automatic_sp_privileges`. */
  automatic_sp_privileges?: boolean;
  /** `sql_mode`. */
  sql_mode?: string;
  /** `connect_timeout` (2 to 3600). */
  connect_timeout?: number;
  /** `default_time_zone`. */
  default_time_zone?: string;
  /** `div_precision_increment` (0 to 30). */
  div_precision_increment?: number;
  /** `end_markers_in_json`. */
  end_markers_in_json?: boolean;
  /** `eq_range_index_dive_limit` (0 to 4294967295). */
  eq_range_index_dive_limit?: number;
  /** `group_concat_max_len` (4 to 18446744073709552000). */
  group_concat_max_len?: number;
  /** `information_schema_stats_expiry` (900 to 31536000). */
  information_schema_stats_expiry?: number;
  /** `innodb_ft_enable_stopword`. */
  innodb_ft_enable_stopword?: boolean;
  /** `innodb_ft_max_token_size` (10 to 84). */
  innodb_ft_max_token_size?: number;
  /** `innodb_ft_min_token_size` (0 to 16). */
  innodb_ft_min_token_size?: number;
  /** `innodb_ft_num_word_optimize` (1000 to 10000). */
  innodb_ft_num_word_optimize?: number;
  /** `innodb_ft_result_cache_limit` (1000000 to 4294967295). */
  innodb_ft_result_cache_limit?: number;
  /** `innodb_ft_server_stopword_table`. */
  innodb_ft_server_stopword_table?: string;
  /** `innodb_ft_user_stopword_table`. */
  innodb_ft_user_stopword_table?: string;
  /** `innodb_lock_wait_timeout` (1 to 3600). */
  innodb_lock_wait_timeout?: number;
  /** `innodb_log_buffer_size` (1048576 to 4294967295). */
  innodb_log_buffer_size?: number;
  /** `innodb_online_alter_log_max_size` (65536 to 1099511627776). */
  innodb_online_alter_log_max_size?: number;
  /** `innodb_optimize_fulltext_only`. */
  innodb_optimize_fulltext_only?: boolean;
  /** `innodb_print_all_deadlocks`. */
  innodb_print_all_deadlocks?: boolean;
  /** `innodb_rollback_on_timeout`. */
  innodb_rollback_on_timeout?: boolean;
  /** `interactive_timeout` (30 to 604800). */
  interactive_timeout?: number;
  /** `internal_tmp_mem_storage_engine`. */
  internal_tmp_mem_storage_engine?: "TempTable" | "MEMORY";
  /** `net_read_timeout` (1 to 3600). */
  net_read_timeout?: number;
  /** `net_write_timeout` (1 to 3600). */
  net_write_timeout?: number;
  /** `sql_require_primary_key`. */
  sql_require_primary_key?: boolean;
  /** `wait_timeout` (1 to 2147483). */
  wait_timeout?: number;
  /** `windowing_use_high_precision`. */
  windowing_use_high_precision?: boolean;
  /** `max_allowed_packet` (102400 to 1073741824). */
  max_allowed_packet?: number;
  /** `max_execution_time` (0 to 4294967295). */
  max_execution_time?: number;
  /** `max_heap_table_size` (1048576 to 1073741824). */
  max_heap_table_size?: number;
  /** `max_seeks_for_key` (1 to 18446744073709552000). */
  max_seeks_for_key?: number;
  /** `optimizer_prune_level` (0 to 1). */
  optimizer_prune_level?: number;
  /** `optimizer_search_depth` (0 to 62). */
  optimizer_search_depth?: number;
  /** `optimizer_switch`. */
  optimizer_switch?: string;
  /** `sort_buffer_size` (32768 to 1073741824). */
  sort_buffer_size?: number;
  /** `tmp_table_size` (1048576 to 1073741824). */
  tmp_table_size?: number;
  /** `slow_query_log`. */
  slow_query_log?: boolean;
  /** `long_query_time` (0 to 3600). */
  long_query_time?: number;
  /** `binlog_retention_period` (600 to 604800). */
  binlog_retention_period?: number;
  /** `innodb_change_buffer_max_size` (0 to 50). */
  innodb_change_buffer_max_size?: number;
  /** `innodb_flush_neighbors`. */
  innodb_flush_neighbors?: 0 | 1 | 2;
  /** `innodb_read_io_threads` (1 to 64). */
  innodb_read_io_threads?: number;
  /** `innodb_write_io_threads` (1 to 64). */
  innodb_write_io_threads?: number;
  /** `innodb_thread_concurrency` (0 to 1000). */
  innodb_thread_concurrency?: number;
  /** `net_buffer_length` (1024 to 1048576). */
  net_buffer_length?: number;
  /** `log_output`. */
  log_output?: "INSIGHTS" | "TABLE" | "INSIGHTS,TABLE" | "NONE";
  /** `mysql_incremental_backup`. */
  mysql_incremental_backup?: { enabled?: boolean; full_backup_week_schedule?: string };
}

/** The advanced configuration of a Caching (Redis) cluster, with the API's own (snake_case) keys. */
export interface RedisConfig {
  /** `redis_maxmemory_policy`. */
  redis_maxmemory_policy?: "noeviction" | "allkeys-lru" | "allkeys-random" | "volatile-lru" | "volatile-random" | "volatile-ttl";
  /** `redis_pubsub_client_output_buffer_limit` (32 to 512). */
  redis_pubsub_client_output_buffer_limit?: number;
  /** `redis_number_of_databases` (1 to 128). */
  redis_number_of_databases?: number;
  /** `redis_io_threads` (1 to 32). */
  redis_io_threads?: number;
  /** `redis_lfu_log_factor` (0 to 100). */
  redis_lfu_log_factor?: number;
  /** `redis_lfu_decay_time` (1 to 120). */
  redis_lfu_decay_time?: number;
  /** `redis_ssl`. */
  redis_ssl?: boolean;
  /** `redis_timeout` (0 to 31536000). */
  redis_timeout?: number;
  /** `redis_notify_keyspace_events`. */
  redis_notify_keyspace_events?: string;
  /** `redis_persistence`. */
  redis_persistence?: "off" | "rdb";
  /** `redis_acl_channels_default`. */
  redis_acl_channels_default?: "allchannels" | "resetchannels";
}

/** The advanced configuration of a Valkey cluster, with the API's own (snake_case) keys. */
export interface ValkeyConfig {
  /** `valkey_maxmemory_policy`. */
  valkey_maxmemory_policy?: "noeviction" | "allkeys_lru" | "allkeys_random" | "volatile_lru" | "volatile_random" | "volatile_ttl";
  /** `valkey_pubsub_client_output_buffer_limit` (32 to 512). */
  valkey_pubsub_client_output_buffer_limit?: number;
  /** `valkey_number_of_databases` (1 to 128). */
  valkey_number_of_databases?: number;
  /** `valkey_io_threads` (1 to 32). */
  valkey_io_threads?: number;
  /** `valkey_lfu_log_factor` (0 to 100). */
  valkey_lfu_log_factor?: number;
  /** `valkey_lfu_decay_time` (1 to 120). */
  valkey_lfu_decay_time?: number;
  /** `valkey_ssl`. */
  valkey_ssl?: boolean;
  /** `valkey_timeout` (0 to 31536000). */
  valkey_timeout?: number;
  /** `valkey_notify_keyspace_events`. */
  valkey_notify_keyspace_events?: string;
  /** `valkey_persistence`. */
  valkey_persistence?: "off" | "rdb";
  /** `valkey_acl_channels_default`. */
  valkey_acl_channels_default?: "allchannels" | "resetchannels";
  /** `frequent_snapshots`. */
  frequent_snapshots?: boolean;
  /** `valkey_active_expire_effort` (1 to 10). */
  valkey_active_expire_effort?: number;
}

/** The advanced configuration of a MongoDB cluster, with the API's own (snake_case) keys. */
export interface MongoConfig {
  /** `default_read_concern`. */
  default_read_concern?: "local" | "available" | "majority";
  /** `default_write_concern`. */
  default_write_concern?: string;
  /** `transaction_lifetime_limit_seconds` (1 to ). */
  transaction_lifetime_limit_seconds?: number;
  /** `slow_op_threshold_ms` (0 to ). */
  slow_op_threshold_ms?: number;
  /** `verbosity` (0 to 5). */
  verbosity?: number;
}

/** The advanced configuration of a Kafka cluster, with the API's own (snake_case) keys. */
export interface KafkaConfig {
  /** `compression_type`. */
  compression_type?: "gzip" | "snappy" | "lz4" | "zstd" | "uncompressed" | "producer";
  /** `group_initial_rebalance_delay_ms` (0 to 300000). */
  group_initial_rebalance_delay_ms?: number;
  /** `group_min_session_timeout_ms` (0 to 60000). */
  group_min_session_timeout_ms?: number;
  /** `group_max_session_timeout_ms` (0 to 1800000). */
  group_max_session_timeout_ms?: number;
  /** `connections_max_idle_ms` (1000 to 3600000). */
  connections_max_idle_ms?: number;
  /** `max_incremental_fetch_session_cache_slots` (1000 to 10000). */
  max_incremental_fetch_session_cache_slots?: number;
  /** `message_max_bytes` (0 to 100001200). */
  message_max_bytes?: number;
  /** `offsets_retention_minutes` (1 to 2147483647). */
  offsets_retention_minutes?: number;
  /** `log_cleaner_delete_retention_ms` (0 to 315569260000). */
  log_cleaner_delete_retention_ms?: number;
  /** `log_cleaner_min_cleanable_ratio` (0.2 to 0.9). */
  log_cleaner_min_cleanable_ratio?: number;
  /** `log_cleaner_max_compaction_lag_ms` (30000 to 9223372036854776000). */
  log_cleaner_max_compaction_lag_ms?: number;
  /** `log_cleaner_min_compaction_lag_ms` (0 to 9223372036854776000). */
  log_cleaner_min_compaction_lag_ms?: number;
  /** `log_cleanup_policy`. */
  log_cleanup_policy?: "delete" | "compact" | "compact,delete";
  /** `log_flush_interval_messages` (1 to 9223372036854776000). */
  log_flush_interval_messages?: number;
  /** `log_flush_interval_ms` (0 to 9223372036854776000). */
  log_flush_interval_ms?: number;
  /** `log_index_interval_bytes` (0 to 104857600). */
  log_index_interval_bytes?: number;
  /** `log_index_size_max_bytes` (1048576 to 104857600). */
  log_index_size_max_bytes?: number;
  /** `log_message_downconversion_enable`. */
  log_message_downconversion_enable?: boolean;
  /** `log_message_timestamp_type`. */
  log_message_timestamp_type?: "CreateTime" | "LogAppendTime";
  /** `log_message_timestamp_difference_max_ms` (0 to 9223372036854776000). */
  log_message_timestamp_difference_max_ms?: number;
  /** `log_preallocate`. */
  log_preallocate?: boolean;
  /** `log_retention_bytes` (-1 to 9223372036854776000). */
  log_retention_bytes?: number;
  /** `log_retention_hours` (-1 to 2147483647). */
  log_retention_hours?: number;
  /** `log_retention_ms` (-1 to 9223372036854776000). */
  log_retention_ms?: number;
  /** `log_roll_jitter_ms` (0 to 9223372036854776000). */
  log_roll_jitter_ms?: number;
  /** `log_roll_ms` (1 to 9223372036854776000). */
  log_roll_ms?: number;
  /** `log_segment_bytes` (10485760 to 1073741824). */
  log_segment_bytes?: number;
  /** `log_segment_delete_delay_ms` (0 to 3600000). */
  log_segment_delete_delay_ms?: number;
  /** `auto_create_topics_enable`. */
  auto_create_topics_enable?: boolean;
  /** `min_insync_replicas` (1 to 7). */
  min_insync_replicas?: number;
  /** `num_partitions` (1 to 1000). */
  num_partitions?: number;
  /** `default_replication_factor` (1 to 10). */
  default_replication_factor?: number;
  /** `replica_fetch_max_bytes` (1048576 to 104857600). */
  replica_fetch_max_bytes?: number;
  /** `replica_fetch_response_max_bytes` (10485760 to 1048576000). */
  replica_fetch_response_max_bytes?: number;
  /** `max_connections_per_ip` (256 to 2147483647). */
  max_connections_per_ip?: number;
  /** `producer_purgatory_purge_interval_requests` (10 to 10000). */
  producer_purgatory_purge_interval_requests?: number;
  /** `socket_request_max_bytes` (10485760 to 209715200). */
  socket_request_max_bytes?: number;
  /** `transaction_state_log_segment_bytes` (1048576 to 2147483647). */
  transaction_state_log_segment_bytes?: number;
  /** `transaction_remove_expired_transaction_cleanup_interval_ms` (600000 to 3600000). */
  transaction_remove_expired_transaction_cleanup_interval_ms?: number;
  /** `schema_registry`. */
  schema_registry?: boolean;
}

/** The advanced configuration of a OpenSearch cluster, with the API's own (snake_case) keys. */
export interface OpensearchConfig {
  /** `http_max_content_length_bytes` (1 to 2147483647). */
  http_max_content_length_bytes?: number;
  /** `http_max_header_size_bytes` (1024 to 262144). */
  http_max_header_size_bytes?: number;
  /** `http_max_initial_line_length_bytes` (1024 to 65536). */
  http_max_initial_line_length_bytes?: number;
  /** `indices_query_bool_max_clause_count` (64 to 4096). */
  indices_query_bool_max_clause_count?: number;
  /** `indices_fielddata_cache_size_percentage` (3 to 100). */
  indices_fielddata_cache_size_percentage?: number;
  /** `indices_memory_index_buffer_size_percentage` (3 to 40). */
  indices_memory_index_buffer_size_percentage?: number;
  /** `indices_memory_min_index_buffer_size_mb` (3 to 2048). */
  indices_memory_min_index_buffer_size_mb?: number;
  /** `indices_memory_max_index_buffer_size_mb` (3 to 2048). */
  indices_memory_max_index_buffer_size_mb?: number;
  /** `indices_queries_cache_size_percentage` (3 to 40). */
  indices_queries_cache_size_percentage?: number;
  /** `indices_recovery_max_mb_per_sec` (40 to 400). */
  indices_recovery_max_mb_per_sec?: number;
  /** `indices_recovery_max_concurrent_file_chunks` (2 to 5). */
  indices_recovery_max_concurrent_file_chunks?: number;
  /** `thread_pool_search_size` (1 to 128). */
  thread_pool_search_size?: number;
  /** `thread_pool_search_throttled_size` (1 to 128). */
  thread_pool_search_throttled_size?: number;
  /** `thread_pool_get_size` (1 to 128). */
  thread_pool_get_size?: number;
  /** `thread_pool_analyze_size` (1 to 128). */
  thread_pool_analyze_size?: number;
  /** `thread_pool_write_size` (1 to 128). */
  thread_pool_write_size?: number;
  /** `thread_pool_force_merge_size` (1 to 128). */
  thread_pool_force_merge_size?: number;
  /** `thread_pool_search_queue_size` (10 to 2000). */
  thread_pool_search_queue_size?: number;
  /** `thread_pool_search_throttled_queue_size` (10 to 2000). */
  thread_pool_search_throttled_queue_size?: number;
  /** `thread_pool_get_queue_size` (10 to 2000). */
  thread_pool_get_queue_size?: number;
  /** `thread_pool_analyze_queue_size` (10 to 2000). */
  thread_pool_analyze_queue_size?: number;
  /** `thread_pool_write_queue_size` (10 to 2000). */
  thread_pool_write_queue_size?: number;
  /** `ism_enabled`. */
  ism_enabled?: boolean;
  /** `ism_history_enabled`. */
  ism_history_enabled?: boolean;
  /** `ism_history_max_age_hours` (1 to 2147483647). */
  ism_history_max_age_hours?: number;
  /** `ism_history_max_docs` (1 to 9223372036854776000). */
  ism_history_max_docs?: number;
  /** `ism_history_rollover_check_period_hours` (1 to 2147483647). */
  ism_history_rollover_check_period_hours?: number;
  /** `ism_history_rollover_retention_period_days` (1 to 2147483647). */
  ism_history_rollover_retention_period_days?: number;
  /** `search_max_buckets` (1 to 1000000). */
  search_max_buckets?: number;
  /** `action_auto_create_index_enabled`. */
  action_auto_create_index_enabled?: boolean;
  /** `enable_security_audit`. */
  enable_security_audit?: boolean;
  /** `action_destructive_requires_name`. */
  action_destructive_requires_name?: boolean;
  /** `cluster_max_shards_per_node` (100 to 10000). */
  cluster_max_shards_per_node?: number;
  /** `override_main_response_version`. */
  override_main_response_version?: boolean;
  /** `script_max_compilations_rate`. */
  script_max_compilations_rate?: string;
  /** `cluster_routing_allocation_node_concurrent_recoveries` (2 to 16). */
  cluster_routing_allocation_node_concurrent_recoveries?: number;
  /** `reindex_remote_whitelist`. */
  reindex_remote_whitelist?: string[];
  /** `plugins_alerting_filter_by_backend_roles_enabled`. */
  plugins_alerting_filter_by_backend_roles_enabled?: boolean;
  /** `knn_memory_circuit_breaker_enabled`. */
  knn_memory_circuit_breaker_enabled?: boolean;
  /** `knn_memory_circuit_breaker_limit` (0 to 100). */
  knn_memory_circuit_breaker_limit?: number;
  /** `keep_index_refresh_interval`. */
  keep_index_refresh_interval?: boolean;
}

/** The configuration of a Kafka topic, with the API's own (snake_case) keys. */
export interface KafkaTopicConfig {
  /** `cleanup_policy`. */
  cleanup_policy?: "delete" | "compact" | "compact_delete";
  /** `compression_type`. */
  compression_type?: "producer" | "gzip" | "snappy" | "Iz4" | "zstd" | "uncompressed";
  /** `delete_retention_ms`. */
  delete_retention_ms?: number;
  /** `file_delete_delay_ms`. */
  file_delete_delay_ms?: number;
  /** `flush_messages`. */
  flush_messages?: number;
  /** `flush_ms`. */
  flush_ms?: number;
  /** `index_interval_bytes`. */
  index_interval_bytes?: number;
  /** `max_compaction_lag_ms`. */
  max_compaction_lag_ms?: number;
  /** `max_message_bytes`. */
  max_message_bytes?: number;
  /** `message_down_conversion_enable`. */
  message_down_conversion_enable?: boolean;
  /** `message_format_version`. */
  message_format_version?: "0.8.0" | "0.8.1" | "0.8.2" | "0.9.0" | "0.10.0-IV0" | "0.10.0-IV1" | "0.10.1-IV0" | "0.10.1-IV1" | "0.10.1-IV2" | "0.10.2-IV0" | "0.11.0-IV0" | "0.11.0-IV1" | "0.11.0-IV2" | "1.0-IV0" | "1.1-IV0" | "2.0-IV0" | "2.0-IV1" | "2.1-IV0" | "2.1-IV1" | "2.1-IV2" | "2.2-IV0" | "2.2-IV1" | "2.3-IV0" | "2.3-IV1" | "2.4-IV0" | "2.4-IV1" | "2.5-IV0" | "2.6-IV0" | "2.7-IV0" | "2.7-IV1" | "2.7-IV2" | "2.8-IV0" | "2.8-IV1" | "3.0-IV0" | "3.0-IV1" | "3.1-IV0" | "3.2-IV0" | "3.3-IV0" | "3.3-IV1" | "3.3-IV2" | "3.3-IV3";
  /** `message_timestamp_type`. */
  message_timestamp_type?: "create_time" | "log_append_time";
  /** `min_cleanable_dirty_ratio` (0 to 1). */
  min_cleanable_dirty_ratio?: number;
  /** `min_compaction_lag_ms`. */
  min_compaction_lag_ms?: number;
  /** `min_insync_replicas` (1 to ). */
  min_insync_replicas?: number;
  /** `preallocate`. */
  preallocate?: boolean;
  /** `retention_bytes`. */
  retention_bytes?: number;
  /** `retention_ms`. */
  retention_ms?: number;
  /** `segment_bytes` (14 to ). */
  segment_bytes?: number;
  /** `segment_jitter_ms`. */
  segment_jitter_ms?: number;
  /** `segment_ms` (1 to ). */
  segment_ms?: number;
}

/** The advanced configuration of a cluster of any engine. */
export type DatabaseConfig = PostgresConfig | MysqlConfig | RedisConfig | ValkeyConfig | MongoConfig | KafkaConfig | OpensearchConfig;
