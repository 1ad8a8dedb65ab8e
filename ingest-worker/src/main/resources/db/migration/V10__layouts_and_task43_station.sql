-- Export layouts (per-type, windographer, task43) chosen per export configuration, and the station
-- metadata of the IEA Wind Task 43 data model that has no place yet: where the station stands and which
-- physical sensor (type, serial number) each column comes from. All NULL until known.
ALTER TABLE export_configs
    ADD COLUMN layout       text NOT NULL DEFAULT 'per-type' CHECK (layout IN ('per-type', 'windographer', 'task43')),
    ADD COLUMN missing_text text NOT NULL DEFAULT '' CHECK (missing_text !~ '[\t\r\n,"]'),
    ADD COLUMN zipped       boolean;           -- NULL: as the layout does by default (windographer: a plain .txt)

ALTER TABLE sources
    ADD COLUMN latitude_ddeg    double precision CHECK (latitude_ddeg BETWEEN -90 AND 90),
    ADD COLUMN longitude_ddeg   double precision CHECK (longitude_ddeg BETWEEN -180 AND 180),
    ADD COLUMN station_type     text;              -- measurement_station_type_id: mast, lidar, floating_lidar...

ALTER TABLE sensors
    ADD COLUMN sensor_type      text,              -- sensor_type_id: anemometer, wind_vane, lidar...
    ADD COLUMN serial_number    text;

-- These change the header of an exported file, as the other metadata does: the source is re-exported.
CREATE TRIGGER sensors_station_metadata_changed AFTER UPDATE OF sensor_type, serial_number ON sensors
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION loggerflow_sensor_metadata_changed();

CREATE FUNCTION loggerflow_source_station_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.data_version := OLD.data_version + 1;
    RETURN NEW;
END
$$;
CREATE TRIGGER sources_station_changed BEFORE UPDATE OF latitude_ddeg, longitude_ddeg, station_type ON sources
    FOR EACH ROW WHEN (OLD.latitude_ddeg IS DISTINCT FROM NEW.latitude_ddeg
                       OR OLD.longitude_ddeg IS DISTINCT FROM NEW.longitude_ddeg
                       OR OLD.station_type IS DISTINCT FROM NEW.station_type)
    EXECUTE FUNCTION loggerflow_source_station_changed();
