package org.tirek.vault.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (Bouncy Castle) from a passphrase to a 256-bit key. Memory is fixed at 64 MiB or more;
 * the number of passes is calibrated on this machine at initialisation until one derivation takes
 * the target time (about half a second), and stored with the salt.
 */
final class PassphraseKdf {

    static final int MIN_MEMORY_KIB = 64 * 1024;
    static final int MAX_ITERATIONS = 20;

    private PassphraseKdf() {}

    record Parameters(byte[] salt, int memoryKib, int iterations, int parallelism) {
        @Override
        public String toString() {
            return "Argon2id[m=" + memoryKib + "KiB, t=" + iterations + ", p=" + parallelism + "]";
        }
    }

    static Parameters calibrate(byte[] salt, int memoryKib, Duration target) {
        int memory = Math.max(memoryKib, MIN_MEMORY_KIB);
        int iterations = 1;
        while (iterations < MAX_ITERATIONS) {
            long start = System.nanoTime();
            derive("calibration passphrase", new Parameters(salt, memory, iterations, 1))
                    .destroy();
            long took = System.nanoTime() - start;
            if (took >= target.toNanos()) break;
            // grow proportionally, at least by one pass
            iterations = (int) Math.min(
                    MAX_ITERATIONS, Math.max(iterations + 1, iterations * target.toNanos() / Math.max(took, 1)));
        }
        return new Parameters(salt, memory, iterations, 1);
    }

    static RawKey derive(String passphrase, Parameters p) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(p.salt())
                .withMemoryAsKB(p.memoryKib())
                .withIterations(p.iterations())
                .withParallelism(p.parallelism())
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[RawKey.LENGTH];
        byte[] password = passphrase.getBytes(StandardCharsets.UTF_8);
        generator.generateBytes(password, out);
        Arrays.fill(password, (byte) 0);
        RawKey key = RawKey.of(out);
        Arrays.fill(out, (byte) 0);
        return key;
    }
}
