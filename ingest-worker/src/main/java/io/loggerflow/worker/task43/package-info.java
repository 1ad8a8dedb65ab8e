/**
 * IEA Wind Task 43 WRA data model station JSON (schema {@code 1.3.0-2024.03}, BSD-3-Clause, copied with its
 * licence from IEA-Task-43/digital_wra_data_standard into {@code task43/}): {@code task43 import} maps a
 * station's measurement points onto a source's sensors by column name, {@code task43 export} writes a source's
 * station. Documents are validated against the schema before anything is read from them.
 */
package io.loggerflow.worker.task43;
