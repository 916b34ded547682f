package com.nnplayground.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Whatever bytes arrive, the import returns a table or a DatasetException, and big inputs stay bounded. */
class CsvImportRobustnessTest {
    private static final byte[] VALID = """
            sepal_length;sepal_width;"species, as named"
            5,1;3,5;setosa
            7,0;3,2;"versi""color"
            6,3;3,3;virginica
            4,9;3,0;setosa
            """.getBytes(StandardCharsets.UTF_8);
    private static final byte[] INTERESTING = ",;\t\"\r\n 0123456789.-eE\0\u00ff".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void random_bytes_never_throw_anything_but_a_dataset_exception() {
        Random random = new Random(20240601);
        for (int i = 0; i < 2000; i++) {
            byte[] content = new byte[random.nextInt(300)];
            random.nextBytes(content);
            readOrRefuse(content);
        }
    }

    @Test
    void random_mutations_of_a_valid_csv_never_throw_anything_but_a_dataset_exception() {
        Random random = new Random(7);
        int read = 0;
        for (int i = 0; i < 2000; i++) {
            byte[] content = Arrays.copyOf(VALID, VALID.length);
            for (int m = 1 + random.nextInt(4); m > 0; m--) {
                content = mutate(content, random);
            }
            read += readOrRefuse(content) ? 1 : 0;
        }
        assertThat(read).as("some mutations still read as a table").isPositive();
    }

    @Test
    @Timeout(10)
    void a_header_of_a_million_columns_is_refused_by_the_column_limit() {
        StringBuilder header = new StringBuilder();
        for (int i = 0; i < 1_000_000; i++) {
            header.append(i == 0 ? "" : ",").append('c').append(i);
        }
        byte[] content = (header + "\n").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CsvImport.read(content, ImportLimits.DEFAULT))
                .hasMessage("The file is 7.5 MB; the limit is 5 MB.");
        assertThatThrownBy(() -> CsvImport.read(content, new ImportLimits(64L << 20, 10_000, 200)))
                .hasMessage("Line 1 has 1,000,000 columns; the limit is 200.");
    }

    @Test
    @Timeout(10)
    void a_ten_megabyte_field_is_refused_by_the_size_and_cell_limits() {
        byte[] field = new byte[10 * 1024 * 1024];
        Arrays.fill(field, (byte) 'x');
        String content = "a,b\n1," + new String(field, StandardCharsets.US_ASCII) + "\n";

        assertThatThrownBy(() -> CsvImport.read(content, ImportLimits.DEFAULT))
                .hasMessage("The file is 10 MB; the limit is 5 MB.");
        assertThatThrownBy(() -> CsvImport.read(content, new ImportLimits(64L << 20, 10_000, 200)))
                .hasMessage("Line 2, column 2: the value is 10,485,760 characters long; the limit is 1,000.");
    }

    @Test
    void a_file_at_the_limits_is_read_quickly() {
        StringBuilder csv = new StringBuilder("a,b,c,label\n");
        Random random = new Random(1);
        for (int i = 0; i < 10_000; i++) {
            csv.append(random.nextDouble()).append(',').append(random.nextDouble()).append(',')
                    .append(random.nextInt(100)).append(',').append(random.nextBoolean() ? "yes" : "no").append('\n');
        }
        long start = System.nanoTime();
        ImportedTable table = CsvImport.read(csv.toString(), ImportLimits.DEFAULT);

        assertThat(table.dataset().size()).isEqualTo(10_000);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    private static boolean readOrRefuse(byte[] content) {
        try {
            CsvImport.read(content, ImportLimits.DEFAULT);
            return true;
        } catch (DatasetException e) {
            assertThat(e.getMessage()).isNotBlank();
            return false;
        } catch (Throwable e) {
            return fail("Input " + Arrays.toString(content) + " threw " + e, e);
        }
    }

    private static byte[] mutate(byte[] content, Random random) {
        int at = random.nextInt(content.length + 1);
        byte b = random.nextBoolean() ? INTERESTING[random.nextInt(INTERESTING.length)] : (byte) random.nextInt(256);
        return switch (random.nextInt(3)) {
            case 0 -> insert(content, at, b);
            case 1 -> at < content.length ? remove(content, at) : content;
            default -> {
                byte[] copy = content.clone();
                if (at < copy.length) {
                    copy[at] = b;
                }
                yield copy;
            }
        };
    }

    private static byte[] insert(byte[] content, int at, byte b) {
        byte[] out = new byte[content.length + 1];
        System.arraycopy(content, 0, out, 0, at);
        out[at] = b;
        System.arraycopy(content, at, out, at + 1, content.length - at);
        return out;
    }

    private static byte[] remove(byte[] content, int at) {
        byte[] out = new byte[content.length - 1];
        System.arraycopy(content, 0, out, 0, at);
        System.arraycopy(content, at + 1, out, at, content.length - at - 1);
        return out;
    }
}
