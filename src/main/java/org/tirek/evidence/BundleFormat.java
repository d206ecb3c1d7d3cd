package org.tirek.evidence;

/** Names inside an evidence bundle; the contract between the exporter and every verifier. */
public final class BundleFormat {

    public static final String FORMAT = "tirek-evidence-bundle/1";
    public static final String FILES = "files/";
    public static final String MANIFEST = "manifest.json";
    public static final String SIGNATURE = "manifest.sig";
    public static final String PUBLIC_KEY = "public-key.pem";

    private BundleFormat() {}
}
