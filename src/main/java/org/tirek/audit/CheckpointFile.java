package org.tirek.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The witness file: JSON with the format name, the public key (base64 of the raw 32 bytes) and the
 * checkpoints (position, hex head hash, ISO time, base64 signature).
 */
public final class CheckpointFile {

    public static final String FORMAT = "tirek-audit-checkpoints/1";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CheckpointFile() {}

    public static void write(byte[] publicKey, List<Checkpoint> checkpoints, OutputStream out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("publicKey", Base64.getEncoder().encodeToString(publicKey));
        ArrayNode list = root.putArray("checkpoints");
        for (Checkpoint c : checkpoints) {
            ObjectNode node = list.addObject();
            node.put("position", c.position());
            node.put("headHash", HexFormat.of().formatHex(c.headHash()));
            node.put("signedAt", c.signedAt().toString());
            node.put("signature", Base64.getEncoder().encodeToString(c.signature()));
        }
        try {
            JSON.writerWithDefaultPrettyPrinter().writeValue(out, root);
        } catch (JacksonException e) {
            throw new IOException("Cannot write the checkpoint file", e);
        }
    }

    /** @throws IOException when the input is not a checkpoint file of this format */
    public static Witness read(InputStream in) throws IOException {
        try {
            JsonNode root = JSON.readTree(in);
            if (!FORMAT.equals(root.path("format").asString(""))) {
                throw new IOException("Not a Tirek checkpoint file (format " + FORMAT + ")");
            }
            byte[] key = Base64.getDecoder().decode(root.path("publicKey").asString(""));
            if (key.length != 32) throw new IOException("The checkpoint file's public key is not an Ed25519 key");
            List<Checkpoint> checkpoints = new ArrayList<>();
            for (JsonNode node : root.path("checkpoints")) {
                checkpoints.add(new Checkpoint(
                        node.path("position").asLong(),
                        HexFormat.of().parseHex(node.path("headHash").asString("")),
                        Instant.parse(node.path("signedAt").asString("")),
                        key,
                        Base64.getDecoder().decode(node.path("signature").asString(""))));
            }
            return new Witness(key, List.copyOf(checkpoints));
        } catch (JacksonException | IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw new IOException(
                    "The checkpoint file is damaged: " + e.getClass().getSimpleName(), e);
        }
    }
}
