package org.tirek.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Checking the trail: the hash chain from the first entry to the head, every signed checkpoint, and
 * optionally the checkpoints a witness kept outside the server (which also reveal entries removed
 * from the end). Verification needs no keys: it works on a sealed server and from the command line.
 */
public interface AuditVerification {

    /**
     * Chains what is waiting, then verifies everything.
     *
     * @param witness checkpoints exported earlier with {@link #exportCheckpoints}, or {@code null}
     * @param who recorded as the verifier
     */
    VerificationReport verify(Actor who, @Nullable Witness witness);

    /** The newest report of any verification (the background one runs after start and every few hours). */
    Optional<VerificationReport> latest();

    /**
     * Writes every signed checkpoint and the public key as JSON, for a witness to keep outside the
     * server. Recorded as an export.
     */
    void exportCheckpoints(Actor who, OutputStream out) throws IOException;
}
