package org.kaocheng.platform.web;

/** What the Faces servlet accepts as an upload. */
public final class Uploads {

    /**
     * The largest file the Faces servlet accepts (its multipart-config max-file-size in web.xml,
     * 25 MB): a larger one is refused before the application sees it, so no message of the
     * application can explain it. A page's p:fileUpload refuses larger files in the browser with
     * a sizeLimit no higher than this.
     */
    public static final long MAX_FILE_BYTES = 25L * 1024 * 1024;

    private Uploads() {}
}
