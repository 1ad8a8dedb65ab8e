package io.loggerflow.parsers.csixml;

import io.loggerflow.parsers.Cells;
import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.LoggerIdentity;
import io.loggerflow.parsers.LoggerNames;
import io.loggerflow.parsers.MissingValues;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowErrors;
import io.loggerflow.parsers.RowException;
import io.loggerflow.parsers.RowReaderBase;
import io.loggerflow.parsers.SkippedColumn;
import io.loggerflow.parsers.StampParser;
import io.loggerflow.parsers.StampPosition;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams a CSIXML file record by record with StAX: only the head and the current {@code <r>} are held. See
 * {@code package-info.java}.
 */
final class CsixmlReader extends RowReaderBase {
    private final String fileName;
    private final InputStream in;
    private final XMLStreamReader xml;
    private final List<CsixmlField> fields = new ArrayList<>();
    private final Map<String, Integer> fieldIndex = new HashMap<>();
    private final List<SkippedColumn> skipped = new ArrayList<>();
    private final StampParser stamps;
    private int[] channelFields;
    private String[] values;
    private long line;
    private long timestampMillis = Long.MIN_VALUE;
    private boolean ended;

    CsixmlReader(InputStream in, InputSource source, ParseSettings settings) throws IOException {
        this.fileName = source.name();
        this.in = in;
        this.stamps = new StampParser(settings.timeZone(), null);
        try {
            this.xml = factory().createXMLStreamReader(in);
            readHead(settings);
        } catch (XMLStreamException e) {
            throw new InputFormatException(fileName, lineOf(e), null, "broken XML in the head: " + reason(e), e);
        }
        this.stampPosition = StampPosition.END;
    }

    /** No DTDs and no external entities: a data file has no business fetching anything. */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private void readHead(ParseSettings settings) throws XMLStreamException {
        if (xml.nextTag() != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("csixml")) {
            throw error(xml.getLocation().getLineNumber(), "not a CSIXML file: the root element must be csixml");
        }
        Map<String, String> environment = new HashMap<>();
        boolean sawFields = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "environment" -> readEnvironment(environment);
                case "fields" -> {
                    readFields();
                    sawFields = true;
                }
                case "data" -> {
                    if (!sawFields) {
                        throw error(xml.getLocation().getLineNumber(), "the head has no fields element before data");
                    }
                    identity = new LoggerIdentity(LoggerNames.orFallback(environment.get("station-name"), fileName,
                            settings), environment.get("table-name"), environment.get("model"),
                            environment.get("serial-no"));
                    describeChannels();
                    return;
                }
                default -> {
                    // head and other wrappers: their children are read as they come
                }
            }
        }
        throw error(xml.getLocation().getLineNumber(), "the file ends before its data element");
    }

    private void readEnvironment(Map<String, String> environment) throws XMLStreamException {
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            String text = xml.getElementText().trim();
            if (!text.isEmpty()) {
                environment.put(name, text);
            }
        }
    }

    private void readFields() throws XMLStreamException {
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            long at = xml.getLocation().getLineNumber();
            String name = attribute("name");
            if (name == null) {
                throw error(at, "a field element without a name");
            }
            CsixmlField field = new CsixmlField(name, attribute("type"), attribute("units"), attribute("process"));
            if (!field.knownType()) {
                throw new InputFormatException(fileName, at, name, "unknown field type '" + field.type() + "'");
            }
            if (fieldIndex.putIfAbsent(name, fields.size()) != null) {
                throw new InputFormatException(fileName, at, name, "the field name appears twice in the head");
            }
            fields.add(field);
            xml.nextTag(); // the field's end: it is an empty element
        }
    }

    private void describeChannels() {
        List<Channel> found = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            CsixmlField field = fields.get(i);
            String reason = field.skipReason();
            if (reason != null) {
                skipped.add(new SkippedColumn(field.name(), reason));
                continue;
            }
            found.add(new Channel(field.name(), blankToNull(field.units()), blankToNull(field.process())));
            columns.add(i);
        }
        if (found.isEmpty()) {
            throw error(xml.getLocation().getLineNumber(), "the head names no measurement fields");
        }
        this.channels = List.copyOf(found);
        this.channelFields = columns.stream().mapToInt(Integer::intValue).toArray();
        this.values = new String[fields.size()];
    }

    @Override
    public List<SkippedColumn> skippedColumns() {
        return List.copyOf(skipped);
    }

    @Override
    public boolean next() throws IOException {
        if (ended) {
            return false;
        }
        String time;
        int present;
        try {
            if (!toNextRecord()) {
                ended = true;
                return false;
            }
            line = xml.getLocation().getLineNumber();
            time = attribute("time");
            java.util.Arrays.fill(values, null);
            present = readValues();
        } catch (XMLStreamException e) {
            ended = true; // a parser cannot resynchronise after a well-formedness error
            throw new RowException(fileName, lineOf(e), null, "broken XML: " + reason(e) + RowErrors.REST_NOT_READ, e);
        }
        if (present != fields.size()) {
            throw new RowException(fileName, line, null, "expected " + fields.size() + " values but found " + present);
        }
        if (time == null || time.isBlank()) {
            throw new RowException(fileName, line, "time", "the record has no time attribute");
        }
        try {
            timestampMillis = stamps.parse(time, timestampMillis);
        } catch (DateTimeException e) {
            throw new RowException(fileName, line, "time", "not a timestamp (expected xsd:dateTime): '"
                    + Cells.abbreviate(time) + "'");
        }
        return true;
    }

    /** Moves to the next {@code <r>}; false at the end of {@code <data>} or of the document. */
    private boolean toNextRecord() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("r")) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("data")) {
                return false;
            }
        }
        return false;
    }

    /** Reads the record's value elements up to {@code </r>}; returns how many distinct fields got a value. */
    private int readValues() throws XMLStreamException {
        int present = 0;
        RowException bad = null;
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String element = xml.getLocalName();
            String n = attribute("n");
            String text = xml.getElementText();
            Integer index = indexOf(element, n);
            if (index == null) {
                bad = bad != null ? bad : new RowException(fileName, line, null, "value element <" + element
                        + (n == null ? "" : " n=\"" + n + "\"") + "> names no field of the head");
                continue;
            }
            if (values[index] == null) {
                present++;
            }
            values[index] = text;
        }
        if (bad != null) {
            throw bad; // the whole record has been read: the next record starts clean
        }
        return present;
    }

    /** {@code v<k>} (1-based), or {@code v} with {@code n} giving the field's number or name. */
    private Integer indexOf(String element, String n) {
        String number = element.length() > 1 && element.charAt(0) == 'v' ? element.substring(1)
                : element.equals("v") && n != null ? n.trim() : null;
        if (number != null && !number.isEmpty() && number.chars().allMatch(Character::isDigit) && number.length() < 9) {
            int k = Integer.parseInt(number);
            return k >= 1 && k <= fields.size() ? k - 1 : null;
        }
        return element.equals("v") && n != null ? fieldIndex.get(n.trim()) : null;
    }

    @Override
    public long timestampMillis() {
        return timestampMillis;
    }

    @Override
    public double value(int channel) {
        int field = channelFields[channel];
        String text = values[field];
        if (fields.get(field).isBoolean() && text != null) {
            String t = text.trim();
            if (t.equalsIgnoreCase("true")) {
                return 1;
            }
            if (t.equalsIgnoreCase("false")) {
                return 0;
            }
        }
        try {
            return MissingValues.parse(text);
        } catch (NumberFormatException e) {
            throw new RowException(fileName, line, channels.get(channel).name(),
                    "not a number: '" + Cells.abbreviate(text) + "'");
        }
    }

    @Override
    public long lineNumber() {
        return line;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // closing releases the parser only; the stream is closed below
        }
        in.close();
    }

    private String attribute(String name) {
        return xml.getAttributeValue(null, name);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static long lineOf(XMLStreamException e) {
        return e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
    }

    /** The parser's own words without the location prefix it repeats in its message. */
    private static String reason(XMLStreamException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int at = message.indexOf("Message: ");
        return (at >= 0 ? message.substring(at + 9) : message).trim();
    }

    private InputFormatException error(long at, String reason) {
        return new InputFormatException(fileName, at, null, reason);
    }
}
