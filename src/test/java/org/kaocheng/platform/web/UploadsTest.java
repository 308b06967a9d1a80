package org.kaocheng.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The upload limit the pages give their p:fileUpload is the one the Faces servlet applies
 * (web.xml): were the servlet's lower, a file between the two would fail without a message. The
 * browser checks it only through a p:validateFile with client-side validation on (PrimeFaces 15
 * ignores the former sizeLimit and invalidSizeMessage attributes of p:fileUpload).
 */
class UploadsTest {

    @Test
    void theServletAcceptsExactlyTheLargestFileThePagesLetThrough() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document webXml = factory.newDocumentBuilder()
                .parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
        long maxFile = Long.parseLong(webXml.getElementsByTagName("max-file-size")
                .item(0)
                .getTextContent()
                .trim());
        long maxRequest = Long.parseLong(webXml.getElementsByTagName("max-request-size")
                .item(0)
                .getTextContent()
                .trim());
        assertEquals(Uploads.MAX_FILE_BYTES, maxFile);
        assertTrue(maxRequest > maxFile, "room for the form fields around the largest file");
        String web = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        assertTrue(
                Pattern.compile("primefaces.CLIENT_SIDE_VALIDATION</param-name>\\s*<param-value>true")
                        .matcher(web)
                        .find(),
                "without client-side validation p:validateFile gives the browser nothing to check");
    }

    @Test
    void everyEvidenceUploadRefusesALargerFileInTheBrowserWithItsMessage() throws IOException {
        Pattern upload = Pattern.compile("<p:fileUpload\\b(.*?)</p:fileUpload>", Pattern.DOTALL);
        List<String> checked = new ArrayList<>();
        for (String page : List.of("selfcheck/selfcheck.xhtml", "appraisal/sheet.xhtml")) {
            Matcher m = upload.matcher(Files.readString(Path.of("src/main/webapp", page)));
            while (m.find()) {
                String tag = m.group(1).substring(0, m.group(1).indexOf('>'));
                String id = tag.replaceAll("(?s).*\\bid=\"([^\"]+)\".*", "$1");
                assertFalse(tag.contains("sizeLimit=") || tag.contains("invalidSizeMessage="), page + " " + id);
                assertTrue(
                        tag.contains("validatorMessage=\"#{msg['selfcheck.evidence.tooLargeClient']}"),
                        page + " " + id);
                assertTrue(
                        Pattern.compile("<p:validateFile sizeLimit=\"#\\{\\w+\\.maxBytes}\"/>")
                                .matcher(m.group(1))
                                .find(),
                        page + " " + id);
                checked.add(id);
            }
        }
        assertEquals(List.of("replace", "upload", "attachObjectionFile"), checked);
    }
}
