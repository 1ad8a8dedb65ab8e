package io.loggerflow.worker.robustness;

import io.loggerflow.parsers.SampleExpectations.Sample;

import java.util.Random;
import java.util.Set;

/**
 * What the corpus needs to know of one sample, learnt from its bytes: how to cut it into header and data
 * units, how to make a blank or a garbage unit, how many data rows a mutant of it has and which values
 * appear in each of the mutant's columns. Computed from the file's text or bytes, not from the reader under test.
 */
interface SampleShape {
    Sample sample();

    /** The sample cut short to its header and first data units: small mutants keep the corpus fast. */
    Units base();

    /** A unit that holds no data: an empty line (text), a record of zero bytes (TOB1). */
    byte[] blankUnit(Random random);

    /** A unit of junk where a row would be. */
    byte[] garbageUnit(Random random);

    /** Whether a flip at this offset must neither remove nor create a line break (header and text lines). */
    boolean keepsLineBreaks(byte[] bytes, int offset);

    /** The data rows of a mutant, as the corpus test's javadoc defines them per format. */
    long dataRows(Mutant mutant);

    /** The values that appear in the mutant, per column named as the sample names its channels. */
    FileValues values(Mutant mutant);

    /** The sample's channel names. */
    Set<String> channels();
}
