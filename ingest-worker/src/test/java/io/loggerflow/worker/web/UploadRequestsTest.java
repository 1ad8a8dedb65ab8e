package io.loggerflow.worker.web;

import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.watch.InboxLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading an upload request into its target, or refusing it, before a byte is written; no server, no database. */
class UploadRequestsTest {
    @TempDir
    Path dir;

    private UploadRequests requests(Map<String, String> values) {
        Settings settings = Settings.of(values, dir);
        return new UploadRequests(new InboxLayout(settings), settings.defaultSite());
    }

    private Path inbox() {
        return dir.resolve("data").resolve("inbox").toAbsolutePath().normalize();
    }

    private UploadRequests requests() {
        return requests(Map.of(Settings.Key.DATA_DIR.property, "data"));
    }

    @Test
    void aPlainNameWithoutSiteGoesDirectlyIntoTheInboxForTheDefaultSite() throws Exception {
        UploadTarget target = requests().target("/upload", "name=MAST01_2024_03_01.dat", "application/octet-stream");
        assertThat(target).isEqualTo(new UploadTarget("default", "MAST01_2024_03_01.dat", inbox()));
    }

    @Test
    void aSiteGoesIntoItsFolderAndTheDefaultSiteIntoTheInboxItself() throws Exception {
        assertThat(requests().target("/upload", "site=north-ridge&name=a%20b.dat", null))
                .isEqualTo(new UploadTarget("north-ridge", "a b.dat", inbox().resolve("north-ridge")));
        assertThat(requests().target("/upload", "site=default&name=a.dat", null))
                .isEqualTo(new UploadTarget("default", "a.dat", inbox()));
        assertThat(requests().target("/upload", "site=&name=a.dat", null).folder()).isEqualTo(inbox());
    }

    @Test
    void theSiteIsTheOneTheWatcherGivesFilesOfThatFolder() throws Exception {
        UploadRequests requests = requests(Map.of(Settings.Key.DATA_DIR.property, "data", "site", "main",
                "folder.north.site", "north-ridge"));
        assertThat(requests.target("/upload", "site=north&name=a.dat", null))
                .isEqualTo(new UploadTarget("north-ridge", "a.dat", inbox().resolve("north")));
        assertThat(requests.target("/upload", "name=a.dat", null)).isEqualTo(new UploadTarget("main", "a.dat", inbox()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"name=../evil.dat", "name=..%2Fevil.dat", "name=a/b.dat", "name=a%5Cb.dat", "name=.hidden",
            "name=..", "name=evil%00.dat", "name=line%0Abreak.dat", "name=MAST01.dat.part", "name=MAST01.dat.tmp",
            "name=x.dat.error.txt", "name=", "", "name=ok.dat&site=..", "name=ok.dat&site=../x", "name=ok.dat&site=a%2Fb",
            "name=ok.dat&site=.hidden", "name=ok.dat&name=other.dat", "name=%zz"})
    void namesSitesAndQueriesThatAreNotPlainAreRefusedWith400(String query) {
        assertThatThrownBy(() -> requests().target("/upload", query, null)).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.status()).isEqualTo(400));
    }

    @Test
    void theRefusalSaysWhatIsWrong() {
        assertRefused("name=MAST01.dat.part", 400, "names ending with '.part' are left alone by the inbox watcher");
        assertRefused("name=.hidden", 400, "must not start with '.'");
        assertRefused("name=" + "x".repeat(256), 400, "longer than 255 bytes");
        assertRefused("name=ok.dat&name=other.dat", 400, "query parameter 'name' given twice");
        assertRefused("name=ok.dat&site=a%2Fb", 400, "site must be 1-63 letters");
        assertRefused("", 400, "a file name is required");
        assertThat(catchRefused("", null).getMessage()).contains("--data-binary");
    }

    @Test
    void aMultipartBodyIsRefusedWith415NamingTheRawBodyWay() {
        Refused refused = catchRefused("name=a.dat", "multipart/form-data; boundary=xyz");
        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.getMessage()).contains("multipart uploads are not supported")
                .contains("curl --data-binary @FILE").contains("/upload?name=FILE&site=SITE");
        assertThat(catchRefused("name=a.dat", "Multipart/Mixed").status()).isEqualTo(415);
    }

    @Test
    void otherPathsAreNotFound() {
        assertThatThrownBy(() -> requests().target("/upload/x", "name=a.dat", null))
                .isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.status()).isEqualTo(404));
    }

    private void assertRefused(String query, int status, String message) {
        Refused refused = catchRefused(query, null);
        assertThat(refused.status()).isEqualTo(status);
        assertThat(refused.getMessage()).contains(message);
    }

    private Refused catchRefused(String query, String contentType) {
        try {
            requests().target("/upload", query, contentType);
        } catch (Refused e) {
            return e;
        }
        throw new AssertionError("not refused: " + query);
    }
}
