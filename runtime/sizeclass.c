/*
 * sizeclass.c — Go's size classes and the size → class lookup tables.
 *
 * The class table is Go 1.19's (runtime/sizeclasses.go): 67 small classes
 * from 8 B to 32 KiB, each with the number of 8 KiB pages of its spans,
 * chosen by Go so that tail waste stays under 12.5%.  Class 0 stands for
 * large objects (> 32 KiB), which get a span of their own.
 *
 *   class  bytes pages     class  bytes pages     class  bytes pages
 *       1      8     1        24    448     1        47   6144     3
 *       2     16     1        25    480     1        48   6528     4
 *       3     24     1        26    512     1        49   6784     5
 *       4     32     1        27    576     1        50   6912     6
 *       5     48     1        28    640     1        51   8192     1
 *       6     64     1        29    704     1        52   9472     7
 *       7     80     1        30    768     1        53   9728     6
 *       8     96     1        31    896     1        54  10240     5
 *       9    112     1        32   1024     1        55  10880     4
 *      10    128     1        33   1152     1        56  12288     3
 *      11    144     1        34   1280     1        57  13568     5
 *      12    160     1        35   1408     2        58  14336     7
 *      13    176     1        36   1536     1        59  16384     2
 *      14    192     1        37   1792     2        60  18432     9
 *      15    208     1        38   2048     1        61  19072     7
 *      16    224     1        39   2304     2        62  20480     5
 *      17    240     1        40   2688     1        63  21760     8
 *      18    256     1        41   3072     3        64  24576     3
 *      19    288     1        42   3200     2        65  27264    10
 *      20    320     1        43   3456     3        66  28672     7
 *      21    352     1        44   4096     1        67  32768     4
 *      22    384     1        45   4864     3
 *      23    416     1        46   5376     2
 *
 * The lookup tables are computed once by sizeclass_init (cheaper to keep
 * correct than a generated table): size_to_class8 for sizes ≤ 1024 in 8-byte
 * steps, size_to_class128 above in 128-byte steps — every class boundary
 * above 1024 is a multiple of 128, so the steps never straddle a class.
 * class_to_divmul gives object indexes by multiplication instead of
 * division: for every offset in a span, (off * divmul) >> 32 == off / size.
 */
#include "runtime.h"

uint16_t class_to_size[NUM_SIZE_CLASSES] = {
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208,
    224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704,
    768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072,
    3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760,
    24576, 27264, 28672, 32768,
};

uint8_t class_to_npages[NUM_SIZE_CLASSES] = {
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3,
    4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8, 3, 10, 7, 4,
};

uint32_t class_to_divmul[NUM_SIZE_CLASSES];
uint8_t size_to_class8[MAX_SMALL_SIZE / 8 + 1];
uint8_t size_to_class128[(MAX_SMALL_SIZE - 1024) / 128 + 1];

void sizeclass_init(void) {
    unsigned c = 1;
    for (unsigned i = 0; i <= 1024 / 8; i++) {
        unsigned size = i * 8;
        while (class_to_size[c] < size) c++;
        size_to_class8[i] = (uint8_t)(size == 0 ? 1 : c);
    }
    for (unsigned i = 0; i < sizeof size_to_class128; i++) {
        unsigned size = 1024 + i * 128;
        while (class_to_size[c] < size) c++;
        size_to_class128[i] = (uint8_t)c;
    }
    for (c = 1; c < NUM_SIZE_CLASSES; c++)
        class_to_divmul[c] = (uint32_t)(((uint64_t)1 << 32) / class_to_size[c] + 1);
}

/* Go's roundupsize: the bytes an allocation of n bytes really gets (its
 * size class, or whole pages above 32 KiB), so that append can grow a
 * slice into the slack. The tables are filled by gm_init; fill them here
 * if it has not run yet (idempotent: every caller writes the same bytes). */
size_t gm_roundupsize(size_t n) {
    if (size_to_class8[0] == 0)
        sizeclass_init();
    if (n <= MAX_SMALL_SIZE)
        return class_to_size[size_to_class(n)];
    if (n > SIZE_MAX - PAGE_SIZE)
        return n;
    return (n + PAGE_SIZE - 1) & ~(size_t)(PAGE_SIZE - 1);
}
