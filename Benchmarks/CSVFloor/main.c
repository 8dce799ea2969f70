// The C floor for the CSV reader benchmark: libcsv alone, streaming a file in 64 KiB chunks with
// callbacks that only count fields and records. Prints one JSON line (the shape csv-read prints).
//
// usage: CSVFloor PATH... [--reader-options]
//   --reader-options  configure libcsv as CSVReader does (CSV_REPALL_NL, no space trimming
//                     through an is_space callback, the LF of a CRLF pair not counted), to show
//                     what that configuration costs libcsv itself.
// Several files are read one after the other and the totals printed; each file's delimiter is
// the most frequent of `,` `;` and tab in its first 4 KiB (what the reader detects on these files).
#include <csv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct counts {
    size_t fields;
    size_t records;
    size_t fields_in_row;
    int last_was_cr;
};

static void on_field(void *data, size_t length, void *context) {
    (void)data;
    (void)length;
    struct counts *counts = context;
    counts->fields++;
    counts->fields_in_row++;
    counts->last_was_cr = 0;
}

static void on_record(int terminator, void *context) {
    struct counts *counts = context;
    if (counts->fields_in_row == 0 && terminator == '\n' && counts->last_was_cr) {
        counts->last_was_cr = 0;  // the LF of a CRLF pair (reported only with CSV_REPALL_NL)
        return;
    }
    counts->records++;
    counts->fields_in_row = 0;
    counts->last_was_cr = terminator == '\r';
}

static int keep_spaces(unsigned char c) {
    (void)c;
    return 0;
}

static long peak_rss_kib(void) {
    FILE *status = fopen("/proc/self/status", "r");
    if (!status) return -1;
    char line[256];
    long kib = -1;
    while (fgets(line, sizeof line, status)) {
        if (strncmp(line, "VmHWM:", 6) == 0) {
            kib = strtol(line + 6, NULL, 10);
            break;
        }
    }
    fclose(status);
    return kib;
}

static unsigned char sniff_delimiter(FILE *file) {
    unsigned char head[4096];
    size_t length = fread(head, 1, sizeof head, file);
    rewind(file);
    size_t commas = 0, semicolons = 0, tabs = 0;
    for (size_t i = 0; i < length; i++) {
        commas += head[i] == ',';
        semicolons += head[i] == ';';
        tabs += head[i] == '\t';
    }
    if (tabs > commas && tabs > semicolons) return '\t';
    return semicolons > commas ? ';' : ',';
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: CSVFloor PATH... [--reader-options]\n");
        return 2;
    }
    int reader_options = strcmp(argv[argc - 1], "--reader-options") == 0;
    int paths = reader_options ? argc - 2 : argc - 1;
    static unsigned char buffer[1 << 16];
    struct counts counts = {0, 0, 0, 0};
    size_t bytes = 0;

    struct timespec start, end, cpu_start, cpu_end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu_start);
    for (int path = 1; path <= paths; path++) {
        FILE *file = fopen(argv[path], "rb");
        if (!file) {
            perror(argv[path]);
            return 1;
        }
        struct csv_parser parser;
        if (csv_init(&parser, reader_options ? CSV_REPALL_NL : 0) != 0) return 1;
        if (reader_options) csv_set_space_func(&parser, keep_spaces);
        csv_set_delim(&parser, sniff_delimiter(file));
        size_t read;
        while ((read = fread(buffer, 1, sizeof buffer, file)) > 0) {
            if (csv_parse(&parser, buffer, read, on_field, on_record, &counts) != read) {
                fprintf(stderr, "%s: %s\n", argv[path], csv_strerror(csv_error(&parser)));
                return 1;
            }
            bytes += read;
        }
        csv_fini(&parser, on_field, on_record, &counts);
        csv_free(&parser);
        fclose(file);
    }
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu_end);
    clock_gettime(CLOCK_MONOTONIC, &end);

    double seconds = (double)(end.tv_sec - start.tv_sec) + (double)(end.tv_nsec - start.tv_nsec) / 1e9;
    double cpu_seconds =
        (double)(cpu_end.tv_sec - cpu_start.tv_sec) + (double)(cpu_end.tv_nsec - cpu_start.tv_nsec) / 1e9;
    printf("{\"tool\":\"%s\",\"bytes\":%zu,\"records\":%zu,\"fields\":%zu,\"seconds\":%.4f,\"cpu_seconds\":%.4f,"
           "\"mb_per_s\":%.1f,\"peak_rss_kib\":%ld}\n",
           reader_options ? "c-floor-reader-options" : "c-floor", bytes, counts.records, counts.fields, seconds,
           cpu_seconds, (double)bytes / 1e6 / seconds, peak_rss_kib());
    return 0;
}
