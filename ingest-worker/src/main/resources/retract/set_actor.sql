-- Read by the audit triggers (loggerflow_actor()) for this transaction only.
SELECT set_config('loggerflow.user', ?, true), set_config('loggerflow.reason', ?, true)
