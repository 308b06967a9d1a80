package org.kaocheng.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The upload limit the pages give their p:fileUpload is the one the Faces servlet applies
 * (web.xml): were the servlet's lower, a file between the two would fail without a message.
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
    }
}
