-- Read by the audit triggers of calibrations and flags (transaction-local).
SELECT set_config('loggerflow.user', ?, true), set_config('loggerflow.reason', ?, true)
