package io.loggerflow.worker.cli;

import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.testing.Samples;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestWorker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The point command, and calibrations and flags that name a point, through the command line. */
class PointCommandsTest {
    private static final String SOURCE = "default/MAST01/Ten_Min";

    @TempDir
    Path dir;

    @Test
    void pointsAreListedEditedAndNamedByCalibrationsAndFlags() {
        Settings settings = TestWorker.settings(TestPostgres.freshDatabase(), dir, Map.of());
        assertThat(CliRunner.run(settings, "import", Samples.DAY1.toString()).code()).isZero();

        CliRunner.Result points = CliRunner.run(settings, "point", "list", "--source", SOURCE);
        assertThat(points.code()).as(points.output()).isZero();
        assertThat(points.output())
                .containsPattern("\\s" + SOURCE + "\\s+WS_80m\\s+wind_speed\\s+80.0\\s+"
                        + "WS_80m_Avg:avg WS_80m_Std:sd WS_80m_Max:max WS_80m_Min:min\\s+\\(derived\\)")
                .containsPattern("\\s+WD_78m\\s+wind_direction\\s+78.0\\s+WD_78m_Avg:avg WD_78m_Std:sd\\s");

        CliRunner.Result certificate = CliRunner.run(settings, "calibration", "add", "--source", SOURCE, "--point",
                "WS_80m", "--from", "2024-03-01T06:00", "--slope", "0.7598", "--offset", "0.2802", "--logger-slope",
                "0.765", "--logger-offset", "0.35", "--reason", "MEASNET certificate 2024-117", "--by", "ana");
        assertThat(certificate.code()).as(certificate.output()).isZero();
        String certificateId = certificate.output().split(" ")[1];
        // A vane takes an offset, not a linear map (the database says why, exit code 2).
        assertThat(CliRunner.run(settings, "calibration", "add", "--source", SOURCE, "--point", "WD_78m", "--from",
                "2024-03-01", "--slope", "1", "--offset", "20", "--reason", "boom").code()).isEqualTo(2);
        CliRunner.Result vane = CliRunner.run(settings, "calibration", "add", "--source", SOURCE, "--point", "WD_78m",
                "--from", "2024-03-01", "--direction-offset", "20", "--reason", "boom at 20 deg", "--by", "ana");
        assertThat(vane.code()).as(vane.output()).isZero();
        String vaneId = vane.output().split(" ")[1];
        assertThat(CliRunner.run(settings, "calibration", "list").output())
                .containsPattern(certificateId + "\\s+" + SOURCE + "\\s+WS_80m\\s+2024-03-01T06:00:00Z\\s+0.7598\\s+0.2802"
                        + "\\s+0.765\\s+0.35\\s+ana")
                .containsPattern(vaneId + "\\s+" + SOURCE + "\\s+WD_78m\\s+2024-03-01T00:00:00Z\\s+20.0\\s+ana");

        CliRunner.Result flag = CliRunner.run(settings, "flag", "add", "--source", SOURCE, "--point", "WD_78m",
                "--from", "2024-03-01T02:00", "--to", "2024-03-01T03:00", "--reason", "vane iced");
        assertThat(flag.code()).as(flag.output()).isZero();
        assertThat(CliRunner.run(settings, "flag", "list").output())
                .containsPattern(SOURCE + "\\s+WD_78m \\(point\\)\\s+2024-03-01T02:00:00Z\\s+2024-03-01T03:00:00Z");

        CliRunner.Result edit = CliRunner.run(settings, "point", "edit", "--source", SOURCE, "--point", "WD_78m",
                "--orientation", "225", "--reason", "site visit: boom at 225", "--by", "bob");
        assertThat(edit.code()).as(edit.output()).isZero();
        assertThat(CliRunner.run(settings, "point", "list", "--source", SOURCE).output())
                .containsPattern("\\s+WD_78m\\s+wind_direction\\s+78.0\\s+225.0\\s+WD_78m_Avg:avg WD_78m_Std:sd\\s+bob");
        assertThat(CliRunner.run(settings, "point", "edit", "--source", SOURCE, "--point", "WD_99m", "--height", "99",
                "--reason", "typo").code()).isEqualTo(2);
        assertThat(CliRunner.run(settings, "changes").output())
                .containsPattern("bob\\s+update\\s+measurement_points \\d+\\s+site visit: boom at 225")
                .contains("vane iced", "boom at 20 deg", "MEASNET certificate 2024-117");
    }
}
