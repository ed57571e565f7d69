package uk.mappa.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TilesTest {

    /** Tiles as a database would keep them: the latest form of each, by level and index. */
    static final class StoredTiles implements Tiles.TileReader {

        final Map<String, byte[]> tiles = new HashMap<>();
        int reads;

        void store(List<TileAppender.Tile> changed) {
            changed.forEach(tile -> tiles.put(tile.level() + "/" + tile.index(), tile.hashes()));
        }

        @Override
        public byte[] read(int level, long index) {
            reads++;
            return tiles.get(level + "/" + index);
        }
    }

    static List<byte[]> leaves(int count) {
        List<byte[]> leaves = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            leaves.add(MerkleTree.leafHash(ByteBuffer.allocate(4).putInt(i).array()));
        }
        return leaves;
    }

    @Test
    void pathsFollowTheSpecsEncodingOfIndexesAndPartialWidths() {
        assertThat(new Tiles.TileName(0, 1_234_067, 256).path()).isEqualTo("tile/0/x001/x234/067");
        assertThat(new Tiles.TileName(1, 5, 17).path()).isEqualTo("tile/1/005.p/17");
        assertThat(new Tiles.TileName(2, 1000, 256).path()).isEqualTo("tile/2/x001/000");
        assertThat(new Tiles.TileName(0, 0, 1).path()).isEqualTo("tile/0/000.p/1");
        assertThat(Tiles.parse("tile/0/x001/x234/067")).contains(new Tiles.TileName(0, 1_234_067, 256));
        assertThat(Tiles.parse("tile/3/x999/999.p/255")).contains(new Tiles.TileName(3, 999_999, 255));
        assertThat(Tiles.parse("tile/12/000")).contains(new Tiles.TileName(12, 0, 256));
    }

    @Test
    void malformedTilePathsNameNoTile() {
        for (String path : List.of("tile/0/1234", "tile/0/12", "tile/0/000.p/256", "tile/0/000.p/0", "tile/0/000.p/",
                "tile/01/000", "tile/entries/000", "tile/0/x1/000", "tile/0/001/000", "tile/0/000/", "tile/-1/000",
                "tile/0/x001/x002/x003/x004/x005/x006/x007/000", "tile/0/000.p/007", "x/tile/0/000")) {
            assertThat(Tiles.parse(path)).as(path).isEmpty();
        }
        assertThatThrownBy(() -> new Tiles.TileName(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tiles.TileName(0, 0, 257)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tiles.TileName(-1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tiles.TileName(0, -1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTilesWidthFollowsTheTreeSize() {
        assertThat(Tiles.width(0, 0, 0)).isZero();
        assertThat(Tiles.width(0, 0, 1)).isEqualTo(1);
        assertThat(Tiles.width(0, 0, 256)).isEqualTo(256);
        assertThat(Tiles.width(0, 1, 256)).isZero();
        assertThat(Tiles.width(0, 1, 300)).isEqualTo(44);
        assertThat(Tiles.width(1, 0, 255)).isZero();
        assertThat(Tiles.width(1, 0, 256 * 3 + 7)).isEqualTo(3);
        assertThat(Tiles.width(1, 1, 256 * 256 * 2)).isEqualTo(256);
        assertThat(Tiles.width(2, 0, 256 * 256 * 2)).isEqualTo(2);
    }

    @Test
    void theTilesOfAGrowingLogGiveTheSameRootsAndProofsAsItsLeaves() {
        List<byte[]> leaves = leaves(66_000);
        StoredTiles stored = new StoredTiles();
        TileAppender appender = TileAppender.empty();
        Random random = new Random(6962);
        int appended = 0;
        while (appended < leaves.size()) {
            int batch = Math.min(leaves.size() - appended, 1 + random.nextInt(random.nextBoolean() ? 7 : 1500));
            stored.store(appender.append(leaves.subList(appended, appended + batch)));
            appended += batch;
            assertThat(appender.size()).isEqualTo(appended);
        }
        assertThat(appender.root()).isEqualTo(MerkleTree.root(leaves, leaves.size()));

        for (int size : new int[] {1, 2, 255, 256, 257, 511, 512, 513, 65_535, 65_536, 65_537, 66_000}) {
            NodeSource tiles = Tiles.nodes(stored);
            assertThat(MerkleTree.root(tiles, size)).as("root of %d", size).isEqualTo(MerkleTree.root(leaves, size));
            for (int index : new int[] {0, 1, 254, 255, 256, 65_535, 65_536, size / 2, size - 1}) {
                if (index < size) {
                    assertThat(MerkleTree.inclusionProof(tiles, index, size)).as("leaf %d of %d", index, size)
                            .containsExactlyElementsOf(MerkleTree.inclusionProof(leaves, index, size));
                }
            }
            for (int first : new int[] {0, 1, 3, 255, 256, 257, 65_536, size - 1, size}) {
                if (first <= size) {
                    assertThat(MerkleTree.consistencyProof(tiles, first, size)).as("%d to %d", first, size)
                            .containsExactlyElementsOf(MerkleTree.consistencyProof(leaves, first, size));
                }
            }
        }
    }

    @Test
    void aProofReadsALogarithmicNumberOfTilesEachOnce() {
        List<byte[]> leaves = leaves(70_000);
        StoredTiles stored = new StoredTiles();
        stored.store(TileAppender.empty().append(leaves));
        NodeSource tiles = Tiles.nodes(stored);
        List<byte[]> path = MerkleTree.inclusionProof(tiles, 12_345, 70_000);
        assertThat(MerkleTree.verifyInclusion(12_345, 70_000, leaves.get(12_345), path,
                MerkleTree.root(leaves, 70_000))).isTrue();
        assertThat(stored.reads).isBetween(2, 8);
    }

    @Test
    void fullTilesHoldTheLeavesAndTheRootsOfTheTilesBelow() {
        List<byte[]> leaves = leaves(256 * 3 + 10);
        StoredTiles stored = new StoredTiles();
        List<TileAppender.Tile> changed = TileAppender.empty().append(leaves);
        stored.store(changed);
        assertThat(changed).extracting(tile -> tile.name().path()).containsExactly(
                "tile/0/000", "tile/0/001", "tile/0/002", "tile/0/003.p/10", "tile/1/000.p/3");
        assertThat(stored.read(0, 1)).isEqualTo(concat(leaves.subList(256, 512)));
        assertThat(stored.read(1, 0)).isEqualTo(concat(List.of(MerkleTree.root(leaves.subList(0, 256), 256),
                MerkleTree.root(leaves.subList(256, 512), 256), MerkleTree.root(leaves.subList(512, 768), 256))));
    }

    @Test
    void aTreeOf70000LeavesHasTheTilesTheSpecNames() {
        StoredTiles stored = new StoredTiles();
        stored.store(TileAppender.empty().append(leaves(70_000)));
        // "273 full level 0 tiles, one partial level 0 tile of width 112, one full level 1 tile, one partial
        // level 1 tile of width 17, and one partial level 2 tile of width 1" (C2SP tlog-tiles).
        Map<String, Integer> widths = new HashMap<>();
        stored.tiles.forEach((place, hashes) -> widths.put(place, hashes.length / Hashes.SIZE));
        assertThat(widths).hasSize(273 + 1 + 1 + 1 + 1);
        for (int index = 0; index < 273; index++) {
            assertThat(widths.get("0/" + index)).isEqualTo(256);
            assertThat(Tiles.width(0, index, 70_000)).isEqualTo(256);
        }
        assertThat(widths).containsEntry("0/273", 112).containsEntry("1/0", 256).containsEntry("1/1", 17)
                .containsEntry("2/0", 1);
        assertThat(Tiles.width(0, 273, 70_000)).isEqualTo(112);
        assertThat(Tiles.width(1, 1, 70_000)).isEqualTo(17);
        assertThat(Tiles.width(2, 0, 70_000)).isEqualTo(1);
    }

    @Test
    void aBatchNamesEachChangedTileOnceInItsLatestForm() {
        TileAppender appender = TileAppender.empty();
        assertThat(appender.append(leaves(3))).singleElement()
                .satisfies(tile -> assertThat(tile.name().path()).isEqualTo("tile/0/000.p/3"));
        assertThat(appender.append(List.of())).isEmpty();
        List<TileAppender.Tile> filled = appender.append(leaves(253));
        assertThat(filled).extracting(tile -> tile.name().path()).containsExactly("tile/0/000", "tile/1/000.p/1");
    }

    @Test
    void aResumedAppenderCarriesOnFromTheStoredTiles() {
        List<byte[]> leaves = leaves(256 * 256 + 300);
        for (int split : new int[] {0, 1, 255, 256, 257, 65_536, 65_537, 65_700}) {
            StoredTiles stored = new StoredTiles();
            stored.store(TileAppender.empty().append(leaves.subList(0, split)));
            TileAppender resumed = TileAppender.resume(split, stored);
            assertThat(resumed.size()).isEqualTo(split);
            assertThat(resumed.root()).as("root at %d", split).isEqualTo(MerkleTree.root(leaves, split));
            stored.store(resumed.append(leaves.subList(split, leaves.size())));
            assertThat(resumed.root()).isEqualTo(MerkleTree.root(leaves, leaves.size()));
            assertThat(MerkleTree.root(Tiles.nodes(stored), leaves.size())).isEqualTo(resumed.root());
        }
    }

    @Test
    void missingOrShortTilesAreReportedNotGuessed() {
        StoredTiles stored = new StoredTiles();
        stored.store(TileAppender.empty().append(leaves(10)));
        assertThatThrownBy(() -> TileAppender.resume(11, stored)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Tile 0/0");
        assertThatThrownBy(() -> TileAppender.resume(300, stored)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Tiles.nodes(stored).node(0, 10)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lacks");
        assertThatThrownBy(() -> Tiles.nodes(stored).node(0, 256)).isInstanceOf(IllegalStateException.class);
    }

    static byte[] concat(List<byte[]> hashes) {
        ByteBuffer buffer = ByteBuffer.allocate(hashes.size() * Hashes.SIZE);
        hashes.forEach(buffer::put);
        return buffer.array();
    }
}
