-- The pooled connection goes back with the server's lock_timeout.
RESET lock_timeout
