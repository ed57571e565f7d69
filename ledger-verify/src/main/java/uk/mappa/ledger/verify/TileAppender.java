package uk.mappa.ledger.verify;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Grows a log kept in tiles: holds only the right edge (the partial tile of each level, at most 255
 * hashes a level) and the compact range for the root, so memory stays flat however large the log.
 * Each batch of leaves yields the tiles it changed (each once, full tiles before partial ones), to be
 * stored together with the leaves.
 */
public final class TileAppender {

    /** A tile to store: its place, and its hashes so far (full when it holds {@link Tiles#WIDTH}). */
    public record Tile(int level, long index, byte[] hashes) {

        public int width() {
            return hashes.length / Hashes.SIZE;
        }

        public Tiles.TileName name() {
            return new Tiles.TileName(level, index, width());
        }
    }

    private final List<ByteArrayOutputStream> edge = new ArrayList<>();
    private final CompactRange range;
    private long size;

    private TileAppender(long size, CompactRange range) {
        this.size = size;
        this.range = range;
    }

    public static TileAppender empty() {
        return new TileAppender(0, new CompactRange());
    }

    /** Picks up a log of {@code size} leaves from its stored tiles, reading one partial tile a level. */
    public static TileAppender resume(long size, Tiles.TileReader reader) {
        TileAppender appender = new TileAppender(size, CompactRange.of(size, Tiles.nodes(reader)));
        for (int level = 0; size >>> (Tiles.HEIGHT * level) > 0; level++) {
            long hashes = size >>> (Tiles.HEIGHT * level);
            int width = (int) (hashes % Tiles.WIDTH);
            ByteArrayOutputStream partial = new ByteArrayOutputStream();
            if (width > 0) {
                byte[] tile = reader.read(level, hashes / Tiles.WIDTH);
                if (tile == null || tile.length < width * Hashes.SIZE) {
                    throw new IllegalStateException("Tile " + level + "/" + hashes / Tiles.WIDTH
                            + " should hold " + width + " hashes of a log of " + size + " leaves");
                }
                partial.write(tile, 0, width * Hashes.SIZE);
            }
            appender.edge.add(partial);
        }
        return appender;
    }

    public long size() {
        return size;
    }

    public byte[] root() {
        return range.root();
    }

    /** Appends leaf hashes in order; answers every tile they changed, each once, in its latest form. */
    public List<Tile> append(List<byte[]> leafHashes) {
        List<Tile> changed = new ArrayList<>();
        BitSet grown = new BitSet();
        for (byte[] leafHash : leafHashes) {
            range.append(leafHash);
            size++;
            add(0, leafHash, changed, grown);
        }
        for (int level = grown.nextSetBit(0); level >= 0; level = grown.nextSetBit(level + 1)) {
            if (edge.get(level).size() > 0) {
                long index = (size >>> (Tiles.HEIGHT * level)) / Tiles.WIDTH;
                changed.add(new Tile(level, index, edge.get(level).toByteArray()));
            }
        }
        return changed;
    }

    private void add(int level, byte[] hash, List<Tile> changed, BitSet grown) {
        if (edge.size() == level) {
            edge.add(new ByteArrayOutputStream());
        }
        ByteArrayOutputStream partial = edge.get(level);
        partial.writeBytes(hash);
        grown.set(level);
        if (partial.size() == Tiles.WIDTH * Hashes.SIZE) {
            byte[] full = partial.toByteArray();
            partial.reset();
            changed.add(new Tile(level, ((size >>> (Tiles.HEIGHT * level)) - 1) / Tiles.WIDTH, full));
            add(level + 1, Tiles.fold(full, 0, Tiles.WIDTH), changed, grown);
        }
    }
}
