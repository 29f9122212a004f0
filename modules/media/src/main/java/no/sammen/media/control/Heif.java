package no.sammen.media.control;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes location and device details from a HEIC/HEIF photo in place, without changing a single length or offset
 * (ADR 0018, 0024): the image lives beside its metadata in the {@code meta} box, so nothing is cut out; instead the
 * bytes of what must go are overwritten.
 *
 * <ul>
 * <li>The {@code Exif} item (found through {@code iinf} and located through {@code iloc}, in the file or in
 * {@code idat}): its TIFF structure is walked, the GPS IFD is emptied (its entries and their values zeroed, its entry
 * count set to 0) and the values of device tags (make, model, software, serial numbers, owner, maker notes, user
 * comment, unique id) are zeroed. The orientation and everything else stay. An Exif item that is not a readable TIFF
 * is zeroed whole.</li>
 * <li>XMP items ({@code mime} items of type {@code application/rdf+xml}) are zeroed whole: they can carry the same
 * location in text.</li>
 * </ul>
 * The displayed orientation of a HEIF image is its {@code irot}/{@code imir} properties, which are not touched.
 */
final class Heif {

    /** Device tags whose values are blanked, in any IFD. */
    static final Set<Integer> DEVICE_TAGS = Set.of(0x010F, 0x0110, 0x0131, 0x013B, 0x013C, 0x927C, 0x9286, 0xA420,
            0xA430, 0xA431, 0xA433, 0xA434, 0xA435, 0xC62F);
    static final int GPS_IFD = 0x8825;
    private static final int EXIF_IFD = 0x8769;
    private static final int INTEROP_IFD = 0xA005;
    private static final String MALFORMED = "the photo is malformed (a box runs past its end)";
    private static final int[] TYPE_SIZES = {0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4};

    private Heif() {
    }

    /** One extent of an item. */
    private record Extent(long offset, long length) {
    }

    /** Blanks the Exif and XMP items of {@code file} in place. */
    static void strip(byte[] file) throws Refused {
        Videos.Box meta = null;
        for (Videos.Box box : Videos.boxes(file, 0, file.length, MALFORMED)) {
            if ("meta".equals(box.type())) {
                meta = box;
            }
        }
        if (meta == null) {
            return;
        }
        int children = meta.start() + 4;
        Map<Integer, String> kinds = new HashMap<>();
        Map<Integer, List<Extent>> extents = new HashMap<>();
        Map<Integer, Integer> methods = new HashMap<>();
        Videos.Box idat = null;
        for (Videos.Box box : Videos.boxes(file, children, meta.end(), MALFORMED)) {
            switch (box.type()) {
                case "iinf" -> items(file, box, kinds);
                case "iloc" -> locations(file, box, extents, methods);
                case "idat" -> idat = box;
                default -> {
                    // hdlr, pitm, iref, iprp, ...: the image, kept as it is.
                }
            }
        }
        for (var item : kinds.entrySet()) {
            List<Extent> where = extents.get(item.getKey());
            if (where == null || where.isEmpty()) {
                continue;
            }
            int method = methods.getOrDefault(item.getKey(), 0);
            if (method == 1 && idat == null || method > 1) {
                throw new Refused("the photo's metadata is stored in a way that cannot be checked");
            }
            int base = method == 1 ? idat.start() : 0;
            int limit = method == 1 ? idat.end() : file.length;
            byte[] data = gather(file, where, base, limit);
            if ("Exif".equals(item.getValue())) {
                exif(data);
            } else {
                java.util.Arrays.fill(data, (byte) 0);
            }
            scatter(data, file, where, base);
        }
    }

    /** Item ids of Exif items and XMP items from {@code iinf} (item info entries of version 2 and 3). */
    private static void items(byte[] d, Videos.Box iinf, Map<Integer, String> kinds) throws Refused {
        int version = d[iinf.start()] & 0xFF;
        int first = iinf.start() + 4 + (version == 0 ? 2 : 4);
        for (Videos.Box infe : Videos.boxes(d, first, iinf.end(), MALFORMED)) {
            if (!"infe".equals(infe.type())) {
                continue;
            }
            int v = d[infe.start()] & 0xFF;
            if (v < 2) {
                continue;
            }
            int p = infe.start() + 4;
            int id = v == 2 ? u16(d, p) : (int) u32(d, p);
            p += (v == 2 ? 2 : 4) + 2;
            check(p + 4 <= infe.end());
            String type = new String(d, p, 4, StandardCharsets.ISO_8859_1);
            p += 4;
            if ("Exif".equals(type)) {
                kinds.put(id, "Exif");
            } else if ("mime".equals(type)) {
                int nameEnd = zero(d, p, infe.end());
                int typeEnd = zero(d, nameEnd + 1, infe.end());
                String contentType = new String(d, nameEnd + 1, typeEnd - nameEnd - 1, StandardCharsets.ISO_8859_1);
                if (contentType.contains("rdf+xml") || contentType.contains("xmp")) {
                    kinds.put(id, "XMP");
                }
            }
        }
    }

    /** Extents of every item from {@code iloc} (versions 0, 1 and 2). */
    private static void locations(byte[] d, Videos.Box iloc, Map<Integer, List<Extent>> extents,
                                  Map<Integer, Integer> methods) throws Refused {
        int version = d[iloc.start()] & 0xFF;
        int p = iloc.start() + 4;
        check(p + 2 <= iloc.end());
        int offsetSize = (d[p] & 0xFF) >> 4;
        int lengthSize = d[p] & 0x0F;
        int baseSize = (d[p + 1] & 0xFF) >> 4;
        int indexSize = version >= 1 ? d[p + 1] & 0x0F : 0;
        p += 2;
        long count = version < 2 ? u16(d, p) : u32(d, p);
        p += version < 2 ? 2 : 4;
        for (long i = 0; i < count; i++) {
            check(p + 4 <= iloc.end());
            int id = version < 2 ? u16(d, p) : (int) u32(d, p);
            p += version < 2 ? 2 : 4;
            if (version >= 1) {
                methods.put(id, d[p + 1] & 0x0F);
                p += 2;
            }
            p += 2;
            long base = number(d, p, baseSize, iloc.end());
            p += baseSize;
            check(p + 2 <= iloc.end());
            int extentCount = u16(d, p);
            p += 2;
            List<Extent> list = new ArrayList<>();
            for (int e = 0; e < extentCount; e++) {
                p += indexSize;
                long offset = number(d, p, offsetSize, iloc.end());
                p += offsetSize;
                long length = number(d, p, lengthSize, iloc.end());
                p += lengthSize;
                list.add(new Extent(base + offset, length));
            }
            extents.put(id, list);
        }
    }

    private static byte[] gather(byte[] file, List<Extent> extents, int base, int limit) throws Refused {
        long total = 0;
        for (Extent e : extents) {
            check(e.length() > 0 && base + e.offset() >= base && base + e.offset() + e.length() <= limit);
            total += e.length();
        }
        byte[] data = new byte[(int) total];
        int at = 0;
        for (Extent e : extents) {
            System.arraycopy(file, (int) (base + e.offset()), data, at, (int) e.length());
            at += (int) e.length();
        }
        return data;
    }

    private static void scatter(byte[] data, byte[] file, List<Extent> extents, int base) {
        int at = 0;
        for (Extent e : extents) {
            System.arraycopy(data, at, file, (int) (base + e.offset()), (int) e.length());
            at += (int) e.length();
        }
    }

    /**
     * Blanks GPS and device tags of an Exif item's data (a 4-byte offset to the TIFF header, then the payload); a
     * payload that is not a readable TIFF is zeroed whole.
     */
    static void exif(byte[] item) {
        try {
            check(item.length >= 12);
            int tiff = 4 + (int) u32(item, 0);
            check(tiff >= 4 && tiff + 8 <= item.length);
            ByteOrder order;
            if (item[tiff] == 'I' && item[tiff + 1] == 'I') {
                order = ByteOrder.LITTLE_ENDIAN;
            } else if (item[tiff] == 'M' && item[tiff + 1] == 'M') {
                order = ByteOrder.BIG_ENDIAN;
            } else {
                throw new Refused("not a TIFF header");
            }
            ByteBuffer b = ByteBuffer.wrap(item, tiff, item.length - tiff).slice().order(order);
            check(b.getShort(2) == 42);
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            int ifd = b.getInt(4);
            while (ifd != 0 && seen.add(ifd)) {
                ifd = ifd(b, ifd, seen, false);
            }
        } catch (Refused | RuntimeException e) {
            java.util.Arrays.fill(item, 4, item.length, (byte) 0);
        }
    }

    /** Walks one IFD (blanking as it goes); returns the next IFD's offset. */
    private static int ifd(ByteBuffer b, int at, Set<Integer> seen, boolean gps) throws Refused {
        check(at >= 8 && at + 2 <= b.limit());
        int count = b.getShort(at) & 0xFFFF;
        check(at + 2 + count * 12 + 4 <= b.limit());
        for (int i = 0; i < count; i++) {
            int entry = at + 2 + i * 12;
            int tag = b.getShort(entry) & 0xFFFF;
            if (gps || DEVICE_TAGS.contains(tag)) {
                blankValue(b, entry);
            } else if (tag == GPS_IFD) {
                int gpsIfd = b.getInt(entry + 8);
                if (gpsIfd != 0 && seen.add(gpsIfd)) {
                    ifd(b, gpsIfd, seen, true);
                }
            } else if (tag == EXIF_IFD || tag == INTEROP_IFD) {
                int sub = b.getInt(entry + 8);
                if (sub != 0 && seen.add(sub)) {
                    ifd(b, sub, seen, false);
                }
            }
        }
        int next = b.getInt(at + 2 + count * 12);
        if (gps) {
            for (int i = 0; i < count * 12; i++) {
                b.put(at + 2 + i, (byte) 0);
            }
            b.putShort(at, (short) 0);
        }
        return next;
    }

    /** Zeroes an entry's value, in the entry or where it points. */
    private static void blankValue(ByteBuffer b, int entry) throws Refused {
        int type = b.getShort(entry + 2) & 0xFFFF;
        long count = b.getInt(entry + 4) & 0xFFFFFFFFL;
        long size = type < TYPE_SIZES.length ? TYPE_SIZES[type] * count : 4;
        if (size <= 4) {
            b.putInt(entry + 8, 0);
            return;
        }
        long offset = b.getInt(entry + 8) & 0xFFFFFFFFL;
        check(offset + size <= b.limit());
        for (long i = 0; i < size; i++) {
            b.put((int) (offset + i), (byte) 0);
        }
    }

    private static int zero(byte[] d, int from, int to) throws Refused {
        for (int i = from; i < to; i++) {
            if (d[i] == 0) {
                return i;
            }
        }
        throw new Refused("the photo's item information is malformed");
    }

    private static long number(byte[] d, int p, int size, int limit) throws Refused {
        check(size == 0 || size == 4 || size == 8);
        check(p + size <= limit);
        return size == 0 ? 0 : size == 4 ? u32(d, p) : ByteBuffer.wrap(d, p, 8).getLong();
    }

    private static void check(boolean ok) throws Refused {
        if (!ok) {
            throw new Refused("the photo's metadata is malformed");
        }
    }

    private static int u16(byte[] d, int p) {
        return ((d[p] & 0xFF) << 8) | (d[p + 1] & 0xFF);
    }

    private static long u32(byte[] d, int p) {
        return ByteBuffer.wrap(d, p, 4).getInt() & 0xFFFFFFFFL;
    }
}
