package uk.mappa.ledger.verify;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The log's hashes in C2SP tlog-tiles form: a tile at level L and index N holds up to 256 consecutive
 * hashes of tree level 8L (level 0: the leaf hashes; level 1: the roots of full level-0 tiles; and so on),
 * concatenated. A full tile never changes; the last tile of a level is partial and grows. Any perfect
 * subtree's hash is computed from at most 128 hashes of one tile, so a proof reads O(log n) tiles.
 */
public final class Tiles {

    /** Tree levels per tile (the spec's fixed height). */
    public static final int HEIGHT = 8;
    /** Hashes in a full tile. */
    public static final int WIDTH = 1 << HEIGHT;

    private static final Pattern PATH = Pattern.compile(
            "tile/(0|[1-9][0-9]{0,1})/((?:x[0-9]{3}/)*[0-9]{3})(?:\\.p/([1-9][0-9]{0,2}))?");

    private Tiles() {
    }

    /** Reads a stored tile's hashes (concatenated; a partial tile may have grown since), or null if none. */
    @FunctionalInterface
    public interface TileReader {
        byte[] read(int level, long index);
    }

    /** A tile named by its place and width, as the spec's paths name it. */
    public record TileName(int level, long index, int width) {

        public TileName {
            if (level < 0 || index < 0 || width < 1 || width > WIDTH) {
                throw new IllegalArgumentException("No tile " + level + "/" + index + " of width " + width);
            }
        }

        public boolean full() {
            return width == WIDTH;
        }

        /** {@code tile/<L>/<N>[.p/<W>]}, N in groups of three digits, all but the last prefixed with x. */
        public String path() {
            return "tile/" + level + "/" + encodeIndex(index) + (full() ? "" : ".p/" + width);
        }
    }

    /** The tile a path names, if it is a well-formed tile path (hash tiles only). */
    public static Optional<TileName> parse(String path) {
        Matcher matcher = PATH.matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String digits = matcher.group(2).replace("x", "").replace("/", "");
        if (digits.length() > 18) {
            return Optional.empty();
        }
        String partial = matcher.group(3);
        int width = partial == null ? WIDTH : Integer.parseInt(partial);
        if (width >= WIDTH && partial != null) {
            return Optional.empty();
        }
        return Optional.of(new TileName(Integer.parseInt(matcher.group(1)), Long.parseLong(digits), width));
    }

    static String encodeIndex(long index) {
        StringBuilder path = new StringBuilder(String.format("%03d", index % 1000));
        for (long rest = index / 1000; rest > 0; rest /= 1000) {
            path.insert(0, String.format("x%03d/", rest % 1000));
        }
        return path.toString();
    }

    /** The width of tile {@code index} at {@code level} in a tree of {@code treeSize} leaves (0: not there). */
    public static int width(int level, long index, long treeSize) {
        long hashes = treeSize >>> (HEIGHT * level);
        long before = index * WIDTH;
        return hashes <= before ? 0 : (int) Math.min(WIDTH, hashes - before);
    }

    /**
     * The perfect subtrees of a tree, read from its tiles; each tile is read once for the life of the
     * source (use one source per proof or request).
     */
    public static NodeSource nodes(TileReader reader) {
        Map<TileKey, byte[]> read = new HashMap<>();
        return (level, index) -> {
            int tileLevel = level / HEIGHT;
            int above = level % HEIGHT;
            long first = index << above;
            long tileIndex = first >>> HEIGHT;
            byte[] tile = read.computeIfAbsent(new TileKey(tileLevel, tileIndex),
                    key -> reader.read(tileLevel, tileIndex));
            int offset = (int) (first & (WIDTH - 1));
            int count = 1 << above;
            if (tile == null || tile.length < (offset + count) * Hashes.SIZE) {
                throw new IllegalStateException("Tile " + tileLevel + "/" + tileIndex + " lacks the hashes of node "
                        + level + "/" + index);
            }
            return fold(tile, offset, count);
        };
    }

    private record TileKey(int level, long index) {
    }

    /** The root of {@code count} (a power of two) consecutive hashes of a tile, starting at {@code offset}. */
    static byte[] fold(byte[] tile, int offset, int count) {
        byte[][] level = new byte[count][];
        for (int i = 0; i < count; i++) {
            int start = (offset + i) * Hashes.SIZE;
            level[i] = Arrays.copyOfRange(tile, start, start + Hashes.SIZE);
        }
        for (int n = count; n > 1; n /= 2) {
            for (int i = 0; i < n / 2; i++) {
                level[i] = MerkleTree.nodeHash(level[2 * i], level[2 * i + 1]);
            }
        }
        return level[0];
    }
}
