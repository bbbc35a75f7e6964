package org.ronghe.core.sheets;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses XML in which more than {@link #MAX_RUN} bytes pass without a {@code <}: no text node or tag of a real sheet
 * is that long (Excel holds at most 32,767 characters in a cell), and a parser would otherwise build the whole run as
 * one string, however large the inflated part is.
 */
final class MarkupGuard extends FilterInputStream {

    /** 32,767 characters of six bytes each (an entity such as {@code &amp;}), rounded up. */
    static final int MAX_RUN = 256 * 1024;

    private int run;

    MarkupGuard(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            count(buffer[i]);
        }
        return n;
    }

    private void count(byte b) throws Oversized {
        run = b == '<' ? 0 : run + 1;
        if (run > MAX_RUN) {
            throw new Oversized();
        }
    }

    /** A run too long to be a cell; the reader turns it into {@code sheet.cell-too-long}. */
    static final class Oversized extends IOException {
        Oversized() {
            super("a run of XML without markup exceeds " + MAX_RUN + " bytes");
        }
    }
}
