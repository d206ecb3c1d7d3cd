package org.tirek.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.support.TestFixtures.Accounts;
import org.tirek.support.TestFixtures.CaseFixtures;
import org.tirek.support.TirekTest;
import org.tirek.support.VaultFixture;
import org.tirek.vault.Vault;

/**
 * What a person's sensitive fields leave on disk: nothing readable. A marker goes into every
 * sensitive field, through the API and the pages, is read back through both, and is then looked for
 * in every file of the database's data directory (tables, indexes, write-ahead log).
 */
@TirekTest
class PeopleStorageIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    CaseFixtures cases;

    @Autowired
    Vault vault;

    @Test
    void noSensitiveValueReachesTheDatabaseFiles() throws Exception {
        VaultFixture.unsealed(vault);
        TirekUser lawyer = accounts.user(Role.LAWYER);
        UUID caseId = cases.open(lawyer);
        String marker = "MARKER" + UUID.randomUUID().toString().replace("-", "");
        String digits = Long.toString(ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L));
        String birthDate = "1907-03-29";
        String body = """
                {"role":"SURVIVOR","person":{"kind":"SURVIVOR","sex":"FEMALE","birthYear":1988,"nationality":"KZ",
                 "legalName":"%1$s legal","aliases":["%1$s alias"],"birthDate":"%3$s","phones":["+%2$s"],
                 "emails":["%1$s@example.org"],"addresses":["%1$s street 1"],
                 "documents":[{"type":"PASSPORT","number":"%1$sdoc"}],
                 "safeContact":{"safePhone":"+%2$s","safeTimes":"%1$s times","mayLeaveMessage":false,
                                "codeWord":"%1$s word","notes":"%1$s notes"},
                 "duplicatesSeen":true}}""".formatted(marker, digits, birthDate);
        String created = mvc.perform(post("/api/v1/cases/{c}/parties", caseId)
                        .with(user(lawyer))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(created).as("the answer holds structure only").doesNotContain(marker, digits);
        String personId = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(created)
                .get("id")
                .asString();

        // the same values back through the API and the person page
        mvc.perform(get("/api/v1/people/{id}", personId).with(user(lawyer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.identity.legalName").value(marker + " legal"))
                .andExpect(jsonPath("$.identity.documents[0].number").value(marker + "doc"))
                .andExpect(jsonPath("$.safeContact.codeWord").value(marker + " word"))
                .andExpect(jsonPath("$.safeContact.mayLeaveMessage").value(false));
        mvc.perform(post("/people/{id}/safe-contact", personId)
                        .with(user(lawyer))
                        .with(csrf())
                        .param("version", "0")
                        .param("safePhone", "+" + digits)
                        .param("safeTimes", marker + " page times")
                        .param("mayLeaveMessage", "no")
                        .param("codeWord", marker + " page word")
                        .param("notes", marker + " page notes"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/people/{id}", personId).with(user(lawyer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(marker + " legal", marker + " page word", marker + "doc");

        jdbc.sql("checkpoint").update();
        Path dataDir =
                Path.of(jdbc.sql("show data_directory").query(String.class).single());
        List<byte[]> needles = List.of(
                marker.getBytes(StandardCharsets.UTF_8),
                digits.getBytes(StandardCharsets.UTF_8),
                birthDate.getBytes(StandardCharsets.UTF_8));
        int files = 0;
        try (Stream<Path> walk = Files.walk(dataDir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] content = Files.readAllBytes(file);
                for (byte[] needle : needles) {
                    assertThat(indexOf(content, needle))
                            .as("%s in %s", new String(needle, StandardCharsets.UTF_8), file)
                            .isEqualTo(-1);
                }
                files++;
            }
        }
        assertThat(files).isGreaterThan(100);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }
}
