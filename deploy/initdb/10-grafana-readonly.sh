#!/usr/bin/env bash
# Runs once, when the TimescaleDB container initialises an empty data volume: a read-only role for
# Grafana's PostgreSQL datasource, so dashboard editors cannot change data or run server-side programs.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v ro_user="$GRAFANA_DB_USER" -v ro_password="$GRAFANA_DB_PASSWORD" -v owner="$POSTGRES_USER" \
     -v db="$POSTGRES_DB" <<'SQL'
CREATE ROLE :"ro_user" LOGIN PASSWORD :'ro_password' NOSUPERUSER NOCREATEDB NOCREATEROLE;
GRANT CONNECT ON DATABASE :"db" TO :"ro_user";
GRANT USAGE ON SCHEMA public TO :"ro_user";
GRANT SELECT ON ALL TABLES IN SCHEMA public TO :"ro_user";
-- loggerflow creates its tables and views later (migrations at the worker's first start)
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public GRANT SELECT ON TABLES TO :"ro_user";
ALTER ROLE :"ro_user" SET default_transaction_read_only = on;
SQL
