package io.loggerflow.worker.task43;

import java.util.List;

/**
 * A measurement point as a station document sets it: its name (the document's {@code measurement_point.name}),
 * type, height, the boom orientation of its latest mounting arrangement, and every column its logger
 * configurations name (not ignored), in document order. {@code path} is the point's JSON path.
 */
record PointSettings(String name, String path, String measurementType, Double heightM, Double orientationDeg,
                     List<String> columns) {
}
