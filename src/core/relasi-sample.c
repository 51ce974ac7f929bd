/* relasi-sample.c — Toko Roti Sari, a bakery and caterer in Bandung, and its customers
 *
 * How it is made:
 *  1. Customers get a persona (regular, occasional, troubled, drifting away, lost) from
 *     a fixed pattern, an active window inside the 18 months before now and a share of
 *     the journal in proportion to how busy they are.
 *  2. Every planned step (a customer joining, an entry, a case answered, repaired or
 *     resolved, a promise ending, a customer leaving) is a Plan with the moment it
 *     happens. Follow-ups are planned with their cause (a thank-you a day or two after a
 *     purchase, sometimes late, sometimes never; an answer to a complaint within the
 *     deadline or late; ...). A follow-up that would happen after now is not made: that
 *     is what is still owed today.
 *  3. A few situations are planted near now for the first customers so that the
 *     dashboard always has something in each category (complaints awaiting an answer,
 *     one past its deadline; overdue thank-yous; an overdue promise and one due this
 *     week; a mistake without a corrective action yet).
 *  4. The plans are sorted by time and played through the store API, one batch
 *     (transaction), with the clock set to each moment.
 *
 * Sample data is data, not user interface: the texts are Indonesian and not translated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "relasi-sample.h"
#include "relasi-clock.h"
#include "relasi-error.h"
#include "relasi-store-private.h"

#define HOUR  G_GINT64_CONSTANT (3600)
#define DAY   (24 * HOUR)
#define SPAN  (548 * DAY)                 /* 18 months */
#define SEED  0x52656c61u                 /* "Rela": the same seed every time */
#define NONE  G_MAXUINT32

/* ---- the texts ------------------------------------------------------------------ */

typedef struct {
  const char *name;
  const char *company;
  const char *tags;
  const char *preferences;
  const char *notes;
  int         cadence_days;
} SampleCustomer;

/* The first 40 customers; beyond them names are combined from the lists below. */
static const SampleCustomer customers[] = {
  { "Siti Rahmawati", "PT Sinar Abadi Tekstil", "katering, kantor", "Lebih suka dihubungi lewat WhatsApp. Minta faktur pajak untuk setiap pesanan.", "Pesan snack box untuk rapat bulanan direksi.", 30 },
  { "Bambang Setiawan", "PT Kereta Niaga Logistik", "katering, kantor", "Pesanan harus sampai sebelum jam 7 pagi.", "Bagian umum; keputusan pesanan ada di beliau.", 0 },
  { "Dewi Lestari", "Arisan Ibu-ibu RT 05", "arisan, pelanggan tetap", "Lebih suka dihubungi lewat WhatsApp. Tidak suka kue yang terlalu manis.", "Arisan setiap Minggu pertama, biasanya pesan bolu dan kue sus.", 30 },
  { "Agus Wijaya", "CV Maju Jaya Motor", "kantor", "Bayar lewat transfer BCA, minta nota dikirim lewat e-mail.", "", 0 },
  { "Rina Kusuma", "SD Tunas Harapan", "sekolah, katering", "Pesan untuk acara sekolah; perlu sertifikat halal.", "Kepala sekolah, ramah dan tepat bayar.", 0 },
  { "Hendra Gunawan", "Hotel Griya Asri", "hotel, grosir", "Roti tawar setiap Senin dan Kamis, diantar ke pintu belakang dapur.", "", 14 },
  { "Ayu Pratiwi", "", "pelanggan tetap", "Pesan untuk Lebaran setiap tahun: nastar dan kastengel.", "Anaknya ulang tahun bulan Juni.", 0 },
  { "Yusuf Hidayat", "Masjid Al-Ikhlas", "pengajian", "Pesan nasi kotak untuk pengajian bulanan; lebih suka ditelepon.", "", 0 },
  { "Made Suartini", "", "pelanggan tetap", "Suka roti gandum tanpa gula tambahan.", "", 0 },
  { "Fajar Nugroho", "Kopi Senja", "kafe, reseller", "Ambil sendiri di toko jam 6 pagi.", "Menjual brownies dan roti kami di kafenya.", 14 },
  { "Lina Marlina", "Klinik Sehat Sentosa", "kantor", "Minta pilihan kue rendah gula.", "", 0 },
  { "Andi Saputra", "Bank BPR Kencana", "kantor, katering", "Lebih suka e-mail untuk penawaran, WhatsApp untuk konfirmasi.", "Cabang Dago.", 0 },
  { "Putri Anggraini", "Wedding Organizer Bahagia", "mitra, pernikahan", "Butuh tes rasa sebelum pesanan besar.", "Membawa klien pernikahan beberapa kali setahun.", 0 },
  { "Rudi Hartono", "Toko Kelontong Rudi", "reseller", "Bayar tunai saat barang datang.", "", 14 },
  { "Nur Aini", "", "", "Lebih suka dihubungi lewat WhatsApp.", "", 0 },
  { "Teguh Firmansyah", "Hotel Melati Dua", "hotel", "Minta harga grosir.", "", 0 },
  { "Maria Tan", "Gereja St. Yusuf", "acara", "Pesan kue untuk Natal dan Paskah.", "", 0 },
  { "Linda Wijaya", "", "pelanggan tetap", "Pesan kue keranjang dan lapis legit untuk Imlek.", "", 0 },
  { "Eko Prasetyo", "Bengkel Eko Jaya", "", "Pesan donat untuk pelanggan bengkel yang menunggu.", "", 0 },
  { "Wahyu Kurniawan", "Politeknik Bandung", "kampus, acara", "Pesanan lewat BEM; dana cair setelah acara.", "", 0 },
  { "Fitri Handayani", "Salon Cantik Fitri", "", "Lebih suka dihubungi lewat Instagram atau WhatsApp.", "", 0 },
  { "Joko Susilo", "Kantor Kecamatan Coblong", "kantor, katering", "Perlu kuitansi resmi dengan stempel.", "", 0 },
  { "Sri Wahyuni", "Katering Bu Sri", "mitra", "Pesan kue untuk melengkapi paket kateringnya.", "", 0 },
  { "Dimas Aditya", "Kode Kita", "kantor, startup", "Pesan lewat e-mail; suka menu vegetarian.", "", 0 },
  { "Indah Permata", "", "", "Pesan kue ulang tahun dengan desain khusus.", "", 0 },
  { "Gede Wirawan", "Villa Lembang Indah", "hotel", "Antar ke Lembang hanya hari Jumat.", "", 0 },
  { "Ratna Sari Dewi", "Panti Asuhan Kasih", "sosial", "Sering dapat potongan harga untuk acara anak-anak.", "", 0 },
  { "Arif Rahman", "Warung Kopi Arif", "reseller", "Ambil roti setiap pagi.", "", 7 },
  { "Kartika Putri", "", "pelanggan tetap", "Suka mencoba menu baru; sering memberi masukan.", "", 0 },
  { "Robert Halim", "Restoran Halim Seafood", "restoran, grosir", "Pesan roti burger dan roti tawar dalam jumlah besar.", "", 14 },
  { "Sinta Maharani", "Butik Sinta", "", "Pesan hampers untuk pelanggan butiknya saat Lebaran.", "", 0 },
  { "Ahmad Fauzi", "PT Graha Properti", "kantor", "Pesan untuk serah terima rumah; minta kartu ucapan dengan logo.", "", 0 },
  { "Wulan Sari", "", "", "", "", 0 },
  { "Hadi Susanto", "Koperasi Karyawan Tekstil Cimahi", "kantor, grosir", "Pesan untuk rapat anggota tahunan.", "", 0 },
  { "Yuliana Siregar", "TK Pelangi", "sekolah", "Kue ulang tahun untuk murid setiap bulan.", "", 0 },
  { "Nia Ramadhani", "", "", "Lebih suka dihubungi lewat WhatsApp.", "", 0 },
  { "Bayu Saputra", "Bayu Kreasi Event Organizer", "mitra, acara", "Butuh konfirmasi jumlah paling lambat H-3.", "", 0 },
  { "Mega Puspita", "Apotek Mega Farma", "kantor", "", "", 0 },
  { "Taufik Hidayat", "Gym Sehat Bugar", "", "Minta roti gandum dan menu tinggi protein.", "", 0 },
  { "Intan Nasution", "", "pelanggan tetap", "Pesan untuk Lebaran setiap tahun.", "", 0 },
};

/* G regular, O occasional, T troubled, D drifting away, L lost. The first eight get
 * the planted situations near now (see plant()). */
static const char personas[] = "TTGGOGGOGGDGLGOLGOGDGTGGOLDGGLGOGDGLGOGD";
G_STATIC_ASSERT (sizeof personas - 1 == G_N_ELEMENTS (customers));

static const char *const first_names[] = {
  "Siti", "Budi", "Dewi", "Agus", "Rina", "Hendra", "Ayu", "Yusuf", "Made", "Fajar",
  "Lina", "Andi", "Putri", "Rudi", "Nur", "Bambang", "Maria", "Linda", "Eko", "Wahyu",
  "Fitri", "Joko", "Sri", "Dimas", "Indah", "Teguh", "Ratna", "Arif", "Kartika", "Gede",
  "Sinta", "Ahmad", "Wulan", "Hadi", "Yuliana", "Robert", "Nia", "Bayu", "Mega", "Taufik",
  "Ketut", "Intan", "Rizky", "Anisa", "Reza", "Dian", "Galih", "Laras", "Bima", "Citra",
  "Fauzan", "Hana", "Irfan", "Jihan", "Kevin", "Mulyadi", "Novi", "Puspa", "Rahmat", "Sekar",
};

static const char *const last_names[] = {
  "Rahmawati", "Santoso", "Lestari", "Wijaya", "Kusuma", "Gunawan", "Pratiwi", "Hidayat",
  "Nugroho", "Marlina", "Saputra", "Anggraini", "Hartono", "Setiawan", "Tan", "Prasetyo",
  "Kurniawan", "Handayani", "Susilo", "Wahyuni", "Aditya", "Permata", "Firmansyah", "Rahman",
  "Wirawan", "Maharani", "Fauzi", "Susanto", "Siregar", "Halim", "Ramadhani", "Puspita",
  "Nasution", "Simanjuntak", "Lubis", "Harahap", "Wibowo", "Utomo", "Hakim", "Suryadi",
};

static const char *const company_kinds[] = {
  "PT", "CV", "Toko", "Warung", "Kafe", "Klinik", "Koperasi", "Hotel", "Sekolah", "Kantor Notaris",
};

static const char *const company_words[] = {
  "Sinar", "Maju", "Jaya", "Abadi", "Sentosa", "Makmur", "Harapan", "Bersama", "Mandiri",
  "Sejahtera", "Berkah", "Mulia", "Cahaya", "Nusantara", "Priangan", "Pasundan",
};

static const char *const tag_sets[] = {
  "pelanggan tetap", "katering, kantor", "arisan", "reseller", "acara", "kantor", "", "sekolah", "hotel",
};

static const char *const preference_texts[] = {
  "Lebih suka dihubungi lewat WhatsApp.",
  "Pesan untuk Lebaran setiap tahun.",
  "Tidak suka kue yang terlalu manis.",
  "Minta faktur pajak untuk setiap pesanan.",
  "Pesanan diantar sebelum jam 8 pagi.",
  "Lebih suka ditelepon daripada pesan tertulis.",
  "",
};

static const char *const streets[] = {
  "Jl. Dago", "Jl. Riau", "Jl. Buah Batu", "Jl. Setiabudi", "Jl. Pasteur", "Jl. Cihampelas",
  "Jl. Soekarno-Hatta", "Jl. Antapani", "Jl. Cigadung", "Jl. Sukajadi", "Jl. Gatot Subroto",
};

static const char *const cities[] = { "Bandung", "Bandung", "Bandung", "Cimahi", "Lembang" };

typedef struct {
  const char *name;
  const char *unit;
  int         price;      /* rupiah per unit */
  int         min_qty;
  int         max_qty;
} Product;

static const Product products[] = {
  { "roti tawar gandum", "bungkus", 28000, 2, 20 },
  { "roti sobek cokelat", "bungkus", 35000, 1, 10 },
  { "bolu pandan", "loyang", 85000, 1, 6 },
  { "brownies panggang", "loyang", 95000, 1, 8 },
  { "lapis legit", "loyang", 450000, 1, 3 },
  { "nastar", "toples", 125000, 2, 20 },
  { "kastengel", "toples", 135000, 2, 15 },
  { "donat gula", "lusin", 60000, 1, 10 },
  { "kue ulang tahun black forest", "buah", 350000, 1, 2 },
  { "snack box isi tiga kue", "kotak", 18000, 20, 300 },
  { "nasi kotak ayam bakar", "kotak", 35000, 20, 200 },
  { "tumpeng mini", "buah", 275000, 1, 5 },
  { "roti manis aneka rasa", "lusin", 72000, 1, 12 },
  { "kue sus vla", "lusin", 66000, 1, 10 },
};

static const char *const occasions[] = {
  "rapat kantor", "arisan", "pengajian", "ulang tahun anak", "syukuran rumah baru",
  "acara akhir tahun kantor", "Lebaran", "Natal", "Imlek", "resepsi pernikahan",
  "pelatihan karyawan", "wisuda",
};

static const char *const purchase_details[] = {
  "Diambil sendiri di toko.",
  "Diantar ke kantor pagi hari.",
  "Bayar lewat transfer BCA.",
  "Bayar lewat QRIS di kasir.",
  "",
  "Minta tulisan di kotak: \"Selamat & Sukses\".",
  "Pesan lewat WhatsApp, konfirmasi H-1.",
};

static const char *const thank_you_texts[] = {
  "Kirim ucapan terima kasih lewat WhatsApp",
  "Telepon untuk berterima kasih atas pesanannya",
  "Titip kartu ucapan terima kasih bersama pesanan berikutnya",
  "Kirim pesan terima kasih dan foto kue yang sudah jadi",
  "Bonus dua roti sobek sebagai tanda terima kasih",
};

static const char *const message_texts[] = {
  "Tanya ketersediaan lapis legit untuk minggu depan",
  "Konfirmasi alamat pengantaran",
  "Kirim daftar harga terbaru",
  "Menanyakan menu katering untuk bulan Ramadan",
  "Minta penawaran harga snack box untuk 150 orang",
  "Mengingatkan jadwal pengambilan pesanan",
  "Kirim katalog hampers Lebaran",
  "Tanya kabar dan tawarkan menu baru",
  "Mengirim tagihan dan faktur pajak",
};

static const char *const meeting_texts[] = {
  "Bertemu di kantor untuk membahas katering rapat bulanan",
  "Tes rasa menu katering pernikahan",
  "Memilih desain kue ulang tahun di toko",
  "Rapat rencana hampers Lebaran",
};

typedef struct {
  const char *text;
  int         sentiment;
} Feedback;

static const Feedback feedback_texts[] = {
  { "Bilang nastarnya paling enak se-Bandung", 2 },
  { "Snack box kemarin pas porsinya, peserta rapat puas", 2 },
  { "Minta roti tawar dibuat tanpa gula tambahan", 0 },
  { "Kotak kue kurang kuat untuk perjalanan jauh", -1 },
  { "Suka dengan kemasan hampers yang baru", 1 },
  { "Bolu pandan agak kering kali ini", -1 },
  { "Kurir sopan dan tepat waktu", 1 },
};

static const char *const idea_texts[] = {
  "Usul paket langganan roti mingguan untuk kantor",
  "Usul varian brownies tanpa gluten",
  "Usul kartu stempel: sepuluh kali beli gratis satu",
  "Usul snack box vegetarian",
  "Usul pilihan kemasan tanpa plastik",
};

static const char *const note_texts[] = {
  "Catatan: biasanya pesan kue ulang tahun untuk anaknya di bulan Juni",
  "Catatan: kantor pindah ke gedung baru di Jl. Dago",
  "Catatan: bagian keuangan baru, kontaknya Bu Rina",
  "Catatan: selalu minta lilin angka",
  "Catatan: tagihan dibayar tiap tanggal 25",
};

typedef struct {
  const char      *summary;
  const char      *details;
  RelasiRootCause  cause;
  const char      *cause_text;
  const char      *action;
} Problem;

static const Problem complaints[] = {
  { "Kue ulang tahun penyok saat diantar", "Bagian atas kue rusak, tulisan tidak terbaca.",
    RELASI_ROOT_CAUSE_DELIVERY, "Kotak kue terlalu tipis dan kurir membawa dengan motor tanpa penyangga.",
    "Ganti ke kotak karton tebal dan pasang rak kue di motor kurir." },
  { "Snack box datang terlambat 45 menit", "Rapat sudah mulai saat kue datang.",
    RELASI_ROOT_CAUSE_DELIVERY, "Jadwal kurir bentrok dengan dua pesanan lain di pagi yang sama.",
    "Pesanan katering pagi disiapkan H-1 sore; kurir kedua untuk pagi yang padat." },
  { "Nastar terasa terlalu manis dibanding biasanya", "",
    RELASI_ROOT_CAUSE_PRODUCT, "Takaran gula selai nanas tidak ditimbang ulang oleh karyawan baru.",
    "Resep ditempel di dapur dan setiap adonan ditimbang dan dicatat." },
  { "Jumlah kotak kurang sepuluh dari pesanan", "Pesan 120 kotak, yang datang 110.",
    RELASI_ROOT_CAUSE_PROCESS, "Pesanan dihitung tanpa daftar periksa.",
    "Pakai daftar periksa; dua orang menghitung sebelum berangkat." },
  { "Pesan lewat WhatsApp tidak dibalas seharian", "",
    RELASI_ROOT_CAUSE_COMMUNICATION, "Ponsel toko hanya dipegang satu orang yang sedang libur.",
    "WhatsApp Business dipasang di dua perangkat; balasan paling lambat dua jam." },
  { "Kasir kurang ramah saat ditanya soal pesanan", "",
    RELASI_ROOT_CAUSE_STAFF, "Karyawan baru belum mendapat pelatihan pelayanan.",
    "Pelatihan pelayanan pelanggan untuk setiap karyawan baru di minggu pertama." },
  { "Harga di nota berbeda dengan daftar harga", "Selisih Rp 5.000 per toples.",
    RELASI_ROOT_CAUSE_PRICE, "Daftar harga di Instagram belum diperbarui.",
    "Setiap perubahan harga diperbarui di semua kanal pada hari yang sama." },
  { "Roti tawar sudah berjamur sebelum tanggal kedaluwarsa", "",
    RELASI_ROOT_CAUSE_PRODUCT, "Roti dikemas saat masih hangat sehingga lembap di dalam plastik.",
    "Roti didinginkan paling sedikit satu jam sebelum dikemas." },
};

static const Problem mistakes[] = {
  { "Salah tulis nama di kue ulang tahun", "Tertulis \"Rani\", seharusnya \"Rina\". Sudah minta maaf dan membuat ulang.",
    RELASI_ROOT_CAUSE_STAFF, "Nama dicatat lewat telepon tanpa dieja ulang.",
    "Nama dieja ulang ke pelanggan dan ditulis di nota sebelum dihias." },
  { "Tagihan terkirim dua kali", "Pelanggan hampir membayar dua kali; kami yang memberi tahu lebih dulu.",
    RELASI_ROOT_CAUSE_PROCESS, "Tagihan dicatat di dua buku yang berbeda.",
    "Semua tagihan dicatat di satu buku kas dan dicek setiap sore." },
  { "Lupa memasukkan lilin yang dipesan", "Kurir kembali mengantar lilin 30 menit kemudian.",
    RELASI_ROOT_CAUSE_PROCESS, "Pelengkap pesanan tidak ada di daftar periksa.",
    "Lilin, pisau dan kartu ucapan masuk daftar periksa pengemasan." },
  { "Salah kirim rasa: keju, seharusnya cokelat", "Kami akui kesalahan dan mengganti hari itu juga.",
    RELASI_ROOT_CAUSE_PROCESS, "Label rasa di kotak ditulis tangan dan tertukar.",
    "Label rasa dicetak dari catatan pesanan." },
  { "Terlambat mengonfirmasi pesanan besar", "",
    RELASI_ROOT_CAUSE_COMMUNICATION, "Pesanan lewat e-mail tidak dicek saat akhir pekan.",
    "E-mail toko dicek dua kali sehari, juga akhir pekan." },
};

static const char *const promise_texts[] = {
  "Kirim penawaran harga katering untuk acara kantor",
  "Kirim contoh kue untuk tes rasa",
  "Buatkan desain kue ulang tahun dan kirim gambarnya",
  "Ganti kotak yang rusak",
  "Kabari jadwal produksi hampers",
  "Antar pesanan tambahan sebelum acara",
};

static const char *const broken_promise_actions[] = {
  "Minta maaf langsung dan memberi potongan 20% untuk pesanan berikutnya; janji ke pelanggan dicatat di papan tugas dapur.",
  "Menelepon untuk minta maaf; setiap janji sekarang masuk ke pengingat Relasi dengan tanggal jatuh tempo.",
};

static const char *const responsibles[] = {
  "Bu Sari (pemilik)", "Pak Dedi (kepala dapur)", "Mas Agus (kurir)", "Mbak Wulan (admin pesanan)",
};

typedef struct {
  RelasiRootCause  cause;
  const char      *reason;
  const char      *lesson;
} LostReason;

static const LostReason lost_reasons[] = {
  { RELASI_ROOT_CAUSE_PRICE, "Harga kue kering naik 15% dan pelanggan pindah ke toko yang lebih murah.",
    "Beri tahu pelanggan tetap sebulan sebelum harga naik dan tawarkan paket hemat." },
  { RELASI_ROOT_CAUSE_SERVICE, "Dua kali pesanan terlambat diantar; merasa tidak diprioritaskan.",
    "Pelanggan katering kantor mendapat jadwal kurir tetap." },
  { RELASI_ROOT_CAUSE_PRODUCT, "Kecewa dengan kue ulang tahun yang rusak; keluhannya lama tidak selesai.",
    "Keluhan dijawab di hari yang sama dan penggantian diputuskan pemilik." },
  { RELASI_ROOT_CAUSE_COMPETITOR, "Kantornya sekarang memakai katering langganan dari vendor besar.",
    "Siapkan paket langganan bulanan untuk kantor." },
  { RELASI_ROOT_CAUSE_OTHER, "Usahanya tutup, tidak perlu pasokan roti lagi.", "" },
  { RELASI_ROOT_CAUSE_DELIVERY, "Pindah ke luar kota, di luar jangkauan antar.", "" },
};

/* ---- the plan ------------------------------------------------------------------- */

typedef enum {
  OP_CUSTOMER,        /* add the customer */
  OP_ENTRY,           /* log an entry; kind, template in variant */
  OP_ANSWER,          /* answer the complaint case of entry parent */
  OP_REPAIR,          /* fill root cause and corrective action of a case */
  OP_RESOLVE,         /* resolve a case (filling it first when not repaired) */
  OP_OUTCOME,         /* end the promise parent: aux = RelasiPromiseOutcome */
  OP_LOST,            /* mark the customer lost: variant = lost reason */
} Op;

/* What an entry is about, beyond its kind. */
typedef enum {
  ABOUT_PLAIN,
  ABOUT_ANSWER,       /* a message answering a complaint (parent) */
  ABOUT_APOLOGY,      /* a message apologising for a mistake (parent) */
  ABOUT_WHY_LEFT,     /* a call asking why the customer left */
} About;

typedef struct {
  gint64  at;
  guint32 seq;        /* the plan's own number: index into Filler.ids */
  guint32 customer;   /* index into Filler.customer_ids */
  guint32 parent;     /* seq of the entry this follows, or NONE */
  guint32 variant;    /* chooses texts */
  gint64  aux;        /* promise: due time; purchase: amount; outcome: the outcome */
  guint8  op;
  guint8  kind;       /* OP_ENTRY: RelasiInteractionKind; case ops: RelasiCaseKind */
  guint8  about;
  guint8  full;       /* case ops: fill the four repair steps too */
} Plan;

typedef struct {
  RelasiStore *store;
  GRand       *rand;
  gint64       now;
  GArray      *plans;           /* Plan */
  guint32      next_seq;
  gint64      *ids;             /* seq -> interaction id */
  gint64      *customer_ids;    /* customer index -> id */
  guint        n_customers;
  guint64      n_entries;
  GString     *buf;
} Filler;

static guint32
pick (Filler  *f,
      guint32  n)
{
  return (guint32) g_rand_int_range (f->rand, 0, (gint32) n);
}

static double
chance (Filler *f)
{
  return g_rand_double (f->rand);
}

static gint64
between (Filler *f,
         gint64  lo,
         gint64  hi)
{
  if (hi <= lo)
    return lo;
  return lo + (gint64) (g_rand_double (f->rand) * (double) (hi - lo));
}

/* A moment during opening hours (08:00–19:00 in Bandung, UTC+7) on the day of @t. */
static gint64
business_hours (Filler *f,
                gint64  t)
{
  gint64 day = t - ((t + 7 * HOUR) % DAY);

  return day + 8 * HOUR + between (f, 0, 11 * HOUR);
}

/* Adds a plan unless it would happen at or after now. Returns its seq or NONE. */
static guint32
plan (Filler  *f,
      Op       op,
      gint64   at,
      guint32  customer,
      guint32  parent,
      guint8   kind,
      gint64   aux)
{
  Plan p = { 0 };

  if (at >= f->now)
    return NONE;

  p.at = at;
  p.seq = f->next_seq++;
  p.customer = customer;
  p.parent = parent;
  p.variant = g_rand_int (f->rand);
  p.aux = aux;
  p.op = op;
  p.kind = kind;
  g_array_append_val (f->plans, p);
  return p.seq;
}

static Plan *
last_plan (Filler *f)
{
  return &g_array_index (f->plans, Plan, f->plans->len - 1);
}

static guint32
plan_entry (Filler                *f,
            gint64                 at,
            guint32                customer,
            RelasiInteractionKind  kind,
            gint64                 aux)
{
  return plan (f, OP_ENTRY, at, customer, NONE, kind, aux);
}

static gint64
purchase_amount (Filler  *f,
                 guint32  variant)
{
  const Product *p = &products[variant % G_N_ELEMENTS (products)];
  int qty = p->min_qty + (int) ((variant >> 8) % (guint32) (p->max_qty - p->min_qty + 1));

  return (gint64) qty * p->price;
}

/* A thank-you after a purchase or meeting: mostly within a day or two, sometimes
 * late, sometimes never. */
static void
plan_thanks (Filler  *f,
             gint64   t,
             guint32  customer,
             double   never)
{
  double r = chance (f);

  if (r < never)
    return;
  if (r < never + 0.12)
    plan_entry (f, t + between (f, 3 * DAY, 8 * DAY), customer, RELASI_INTERACTION_KIND_THANK_YOU, 0);
  else
    plan_entry (f, t + between (f, 2 * HOUR, 40 * HOUR), customer, RELASI_INTERACTION_KIND_THANK_YOU, 0);
}

static void
plan_complaint_followups (Filler  *f,
                          gint64   t,
                          guint32  customer,
                          guint32  complaint,
                          gboolean troubled)
{
  gint64 answered = chance (f) < (troubled ? 0.55 : 0.8)
                    ? t + between (f, 1 * HOUR, 20 * HOUR)      /* in time */
                    : t + between (f, 26 * HOUR, 80 * HOUR);    /* late */
  gint64 resolved = answered + between (f, 1 * DAY, 10 * DAY);
  guint32 answer;

  answer = plan (f, OP_ENTRY, answered, customer, complaint, RELASI_INTERACTION_KIND_MESSAGE, 0);
  if (answer == NONE)
    return;
  last_plan (f)->about = ABOUT_ANSWER;
  plan (f, OP_ANSWER, answered, customer, complaint, RELASI_CASE_KIND_COMPLAINT, 0);
  if (plan (f, OP_RESOLVE, resolved, customer, complaint, RELASI_CASE_KIND_COMPLAINT, 0) != NONE)
    last_plan (f)->full = chance (f) < 0.4;
}

static void
plan_promise_followups (Filler  *f,
                        gint64   t,
                        gint64   due,
                        guint32  customer,
                        guint32  promise,
                        gboolean troubled)
{
  double r = chance (f);
  RelasiPromiseOutcome outcome;
  gint64 at;

  if (r < (troubled ? 0.5 : 0.78))
    {
      outcome = RELASI_PROMISE_OUTCOME_KEPT;
      at = MAX (t + HOUR, due - between (f, 0, 2 * DAY));
    }
  else if (r < (troubled ? 0.75 : 0.92))
    {
      outcome = RELASI_PROMISE_OUTCOME_LATE;
      at = due + between (f, HOUR, 5 * DAY);
    }
  else
    {
      outcome = RELASI_PROMISE_OUTCOME_BROKEN;
      at = due + between (f, 2 * DAY, 10 * DAY);
    }

  if (plan (f, OP_OUTCOME, at, customer, promise, 0, outcome) == NONE)
    return;
  if (outcome == RELASI_PROMISE_OUTCOME_BROKEN &&
      plan (f, OP_RESOLVE, at + between (f, 2 * DAY, 12 * DAY), customer, promise,
            RELASI_CASE_KIND_BROKEN_PROMISE, 0) != NONE)
    last_plan (f)->full = chance (f) < 0.3;
}

static void
plan_mistake_followups (Filler  *f,
                        gint64   t,
                        guint32  customer,
                        guint32  mistake)
{
  gint64 repaired = t + between (f, 2 * HOUR, 3 * DAY);

  if (plan (f, OP_ENTRY, t + between (f, 10 * 60, 3 * HOUR), customer, mistake,
            RELASI_INTERACTION_KIND_MESSAGE, 0) != NONE)
    last_plan (f)->about = ABOUT_APOLOGY;
  if (plan (f, OP_REPAIR, repaired, customer, mistake, RELASI_CASE_KIND_MISTAKE, 0) == NONE)
    return;
  last_plan (f)->full = chance (f) < 0.5;
  plan (f, OP_RESOLVE, repaired + between (f, 1 * DAY, 14 * DAY), customer, mistake,
        RELASI_CASE_KIND_MISTAKE, 0);
}

/* One ordinary event of @customer at @t, with its follow-ups. */
static void
plan_event (Filler  *f,
            gint64   t,
            guint32  customer,
            char     persona,
            gboolean purchase)
{
  gboolean troubled = persona == 'T';
  double r = purchase ? 0 : chance (f) * 100;
  guint32 seq;

  if (r < 42)
    {
      seq = plan_entry (f, t, customer, RELASI_INTERACTION_KIND_PURCHASE, 0);
      if (seq != NONE)
        last_plan (f)->aux = purchase_amount (f, last_plan (f)->variant);
      plan_thanks (f, t, customer, troubled ? 0.12 : 0.04);
    }
  else if (r < 54)
    plan_entry (f, t, customer, RELASI_INTERACTION_KIND_MESSAGE, 0);
  else if (r < 61)
    plan_entry (f, t, customer, RELASI_INTERACTION_KIND_CALL, 0);
  else if (r < 65)
    plan_entry (f, t, customer, RELASI_INTERACTION_KIND_EMAIL, 0);
  else if (r < 69)
    {
      plan_entry (f, t, customer, RELASI_INTERACTION_KIND_MEETING, 0);
      plan_thanks (f, t, customer, 0.2);
    }
  else if (r < 76)
    plan_entry (f, t, customer, RELASI_INTERACTION_KIND_FEEDBACK, 0);
  else if (r < 78)
    plan_entry (f, t, customer, RELASI_INTERACTION_KIND_IDEA, 0);
  else if (r < 82)
    plan_entry (f, t, customer, RELASI_INTERACTION_KIND_NOTE, 0);
  else if (r < (troubled ? 91 : 86))
    {
      seq = plan_entry (f, t, customer, RELASI_INTERACTION_KIND_COMPLAINT, 0);
      if (seq != NONE)
        plan_complaint_followups (f, t, customer, seq, troubled);
    }
  else if (r < (troubled ? 97 : 95))
    {
      gint64 due = business_hours (f, t + between (f, 2 * DAY, 14 * DAY));

      seq = plan_entry (f, t, customer, RELASI_INTERACTION_KIND_PROMISE, due);
      if (seq != NONE)
        plan_promise_followups (f, t, due, customer, seq, troubled);
    }
  else if (r < 98.5)
    {
      seq = plan_entry (f, t, customer, RELASI_INTERACTION_KIND_MISTAKE, 0);
      if (seq != NONE)
        plan_mistake_followups (f, t, customer, seq);
    }
  else
    {
      seq = plan_entry (f, t, customer, RELASI_INTERACTION_KIND_PURCHASE, 0);
      if (seq != NONE)
        last_plan (f)->aux = purchase_amount (f, last_plan (f)->variant);
      plan_thanks (f, t, customer, 0.04);
    }
}

/* Situations near now for the first eight customers, so the dashboard shows every
 * kind of figure whatever the random numbers did. Their ordinary history ends 25 days
 * before now. */
#define N_PLANTED 8

static void
plant (Filler *f)
{
  gint64 now = f->now;
  guint32 seq;

  /* 0: troubled — two promises broken in the last two months (their cases still
   * open), a purchase not thanked for 12 days and a complaint that has waited 31 hours
   * (past the 24-hour deadline) */
  seq = plan_entry (f, now - 70 * DAY, 0, RELASI_INTERACTION_KIND_PROMISE, now - 60 * DAY);
  plan (f, OP_OUTCOME, now - 55 * DAY, 0, seq, 0, RELASI_PROMISE_OUTCOME_BROKEN);
  seq = plan_entry (f, now - 50 * DAY, 0, RELASI_INTERACTION_KIND_PROMISE, now - 45 * DAY);
  plan (f, OP_OUTCOME, now - 42 * DAY, 0, seq, 0, RELASI_PROMISE_OUTCOME_BROKEN);
  plan_entry (f, now - 12 * DAY, 0, RELASI_INTERACTION_KIND_PURCHASE, 0);
  last_plan (f)->aux = purchase_amount (f, last_plan (f)->variant);
  plan_entry (f, now - 31 * HOUR, 0, RELASI_INTERACTION_KIND_COMPLAINT, 0);

  /* 1: troubled — a complaint of 9 hours ago, a promise overdue by 3 days, a purchase
   * not thanked for six days, a promise broken last month */
  seq = plan_entry (f, now - 40 * DAY, 1, RELASI_INTERACTION_KIND_PROMISE, now - 37 * DAY);
  plan (f, OP_OUTCOME, now - 33 * DAY, 1, seq, 0, RELASI_PROMISE_OUTCOME_BROKEN);
  plan_entry (f, now - 10 * DAY, 1, RELASI_INTERACTION_KIND_PROMISE, now - 3 * DAY);
  plan_entry (f, now - 6 * DAY, 1, RELASI_INTERACTION_KIND_PURCHASE, 0);
  last_plan (f)->aux = purchase_amount (f, last_plan (f)->variant);
  plan_entry (f, now - 9 * HOUR, 1, RELASI_INTERACTION_KIND_COMPLAINT, 0);

  /* 2: a complaint of 3 hours ago, in time */
  plan_entry (f, now - 20 * DAY, 2, RELASI_INTERACTION_KIND_PURCHASE, 0);
  last_plan (f)->aux = purchase_amount (f, last_plan (f)->variant);
  plan_entry (f, now - 19 * DAY, 2, RELASI_INTERACTION_KIND_THANK_YOU, 0);
  plan_entry (f, now - 3 * HOUR, 2, RELASI_INTERACTION_KIND_COMPLAINT, 0);

  /* 3: a promise due in three days */
  plan_entry (f, now - 12 * DAY, 3, RELASI_INTERACTION_KIND_PURCHASE, 0);
  last_plan (f)->aux = purchase_amount (f, last_plan (f)->variant);
  plan_entry (f, now - 11 * DAY - 12 * HOUR, 3, RELASI_INTERACTION_KIND_THANK_YOU, 0);
  plan_entry (f, now - 2 * DAY, 3, RELASI_INTERACTION_KIND_PROMISE, now + 3 * DAY);

  /* 4 and 5: purchases not thanked for 5 and 8 days; 5 also promised something for
   * three weeks from now */
  plan_entry (f, now - 5 * DAY, 4, RELASI_INTERACTION_KIND_PURCHASE, 0);
  last_plan (f)->aux = purchase_amount (f, last_plan (f)->variant);
  plan_entry (f, now - 8 * DAY, 5, RELASI_INTERACTION_KIND_PURCHASE, 0);
  last_plan (f)->aux = purchase_amount (f, last_plan (f)->variant);
  plan_entry (f, now - 1 * DAY, 5, RELASI_INTERACTION_KIND_PROMISE, now + 20 * DAY);

  /* 6: thanked in time two weeks ago; yesterday's purchase is owed, not yet overdue */
  plan_entry (f, now - 15 * DAY, 6, RELASI_INTERACTION_KIND_PURCHASE, 0);
  last_plan (f)->aux = purchase_amount (f, last_plan (f)->variant);
  plan_entry (f, now - 14 * DAY - 18 * HOUR, 6, RELASI_INTERACTION_KIND_THANK_YOU, 0);
  plan_entry (f, now - 1 * DAY, 6, RELASI_INTERACTION_KIND_PURCHASE, 0);
  last_plan (f)->aux = purchase_amount (f, last_plan (f)->variant);

  /* 7: a mistake owned up to four days ago, apologised for, no corrective action yet */
  seq = plan_entry (f, now - 4 * DAY, 7, RELASI_INTERACTION_KIND_MISTAKE, 0);
  if (plan (f, OP_ENTRY, now - 4 * DAY + HOUR, 7, seq, RELASI_INTERACTION_KIND_MESSAGE, 0) != NONE)
    last_plan (f)->about = ABOUT_APOLOGY;
}

static int
compare_plans (gconstpointer a,
               gconstpointer b)
{
  const Plan *pa = a;
  const Plan *pb = b;

  if (pa->at != pb->at)
    return pa->at < pb->at ? -1 : 1;
  return pa->seq < pb->seq ? -1 : pa->seq > pb->seq;
}

static char
persona_of (guint customer)
{
  return personas[customer % (G_N_ELEMENTS (personas) - 1)];
}

/* Plans the customers and their histories. */
static void
plan_all (Filler  *f,
          guint64  n_entries)
{
  guint n = f->n_customers;
  g_autofree gint64 *start = g_new0 (gint64, n);
  g_autofree gint64 *end = g_new0 (gint64, n);
  g_autofree double *weight = g_new0 (double, n);
  gboolean planted = n >= N_PLANTED && n_entries >= 200;
  double total = 0;
  double primaries;
  guint n_lost = 0;

  for (guint c = 0; c < n; c++)
    {
      char persona = persona_of (c);

      /* most customers are there from the start; some join later */
      start[c] = f->now - SPAN + (chance (f) < 0.7 ? between (f, 0, 60 * DAY) : between (f, 60 * DAY, 400 * DAY));
      switch (persona)
        {
        case 'D':
          end[c] = f->now - between (f, 90 * DAY, 250 * DAY);
          weight[c] = 1.0;
          break;
        case 'L':
          end[c] = f->now - between (f, 60 * DAY, 300 * DAY);
          weight[c] = 1.0;
          break;
        case 'O':
          end[c] = f->now - between (f, 1 * DAY, 20 * DAY);
          weight[c] = 0.45;
          break;
        case 'T':
          end[c] = f->now - between (f, 1 * DAY, 10 * DAY);
          weight[c] = 1.2;
          break;
        default:
          end[c] = f->now - between (f, 1 * DAY, 6 * DAY);
          weight[c] = 1.3;
          break;
        }
      if (planted && c < N_PLANTED)
        end[c] = f->now - 25 * DAY;
      if (end[c] < start[c] + 30 * DAY)
        start[c] = end[c] - 30 * DAY;
      total += weight[c] * (double) (end[c] - start[c]);
    }

  /* about 1.55 entries per ordinary event (thank-yous, answers and apologies follow) */
  primaries = (double) (n_entries > 40 && planted ? n_entries - 30 : n_entries) / 1.55;

  for (guint c = 0; c < n; c++)
    {
      char persona = persona_of (c);
      double share = primaries * weight[c] * (double) (end[c] - start[c]) / total;
      guint64 events = (guint64) share + (chance (f) < share - (double) (guint64) share ? 1 : 0);

      plan (f, OP_CUSTOMER, start[c], c, NONE, 0, 0);
      events = MAX (events, 3);
      /* the last order comes shortly before the end of the window, so that only the
       * customers meant to drift away (and the unlucky few) do */
      plan_event (f, business_hours (f, end[c] - between (f, 0, 5 * DAY)), c, persona, TRUE);
      for (guint64 e = 1; e < events; e++)
        plan_event (f, business_hours (f, between (f, start[c] + DAY, end[c])), c, persona, FALSE);

      if (persona == 'L')
        {
          gint64 lost_at = business_hours (f, end[c] + between (f, 14 * DAY, 45 * DAY));
          guint32 reason = n_lost++ % G_N_ELEMENTS (lost_reasons);

          if (plan (f, OP_ENTRY, lost_at, c, NONE, RELASI_INTERACTION_KIND_CALL, 0) != NONE)
            {
              last_plan (f)->about = ABOUT_WHY_LEFT;
              last_plan (f)->variant = reason;
            }
          if (plan (f, OP_LOST, lost_at + 10 * 60, c, NONE, 0, 0) != NONE)
            last_plan (f)->variant = reason;
          if (lost_reasons[reason].lesson[0] != '\0' &&
              plan (f, OP_RESOLVE, lost_at + between (f, 3 * DAY, 20 * DAY), c, NONE,
                    RELASI_CASE_KIND_LOST_CUSTOMER, 0) != NONE)
            last_plan (f)->variant = reason;
        }
    }

  if (planted)
    plant (f);

  g_array_sort (f->plans, compare_plans);
}

/* ---- playing the plan ----------------------------------------------------------- */

static char *
ascii_lower_compact (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, g_ascii_tolower (*p));
    else if (*p == ' ' && out->len > 0 && out->str[out->len - 1] != '.')
      g_string_append_c (out, '.');
  return g_string_free (out, FALSE);
}

static RelasiCustomer *
make_customer (Filler  *f,
               guint    c,
               gint64   created)
{
  RelasiCustomer *customer = relasi_customer_new ();
  g_autofree char *name = NULL;
  g_autofree char *company = NULL;
  g_autofree char *local = NULL;
  g_autofree char *email = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *address = NULL;
  const char *tags, *preferences, *notes;
  int cadence;

  if (c < G_N_ELEMENTS (customers))
    {
      name = g_strdup (customers[c].name);
      company = g_strdup (customers[c].company);
      tags = customers[c].tags;
      preferences = customers[c].preferences;
      notes = customers[c].notes;
      cadence = customers[c].cadence_days;
    }
  else
    {
      name = g_strdup_printf ("%s %s", first_names[pick (f, G_N_ELEMENTS (first_names))],
                              last_names[pick (f, G_N_ELEMENTS (last_names))]);
      if (chance (f) < 0.55)
        company = g_strdup_printf ("%s %s %s", company_kinds[pick (f, G_N_ELEMENTS (company_kinds))],
                                   company_words[pick (f, G_N_ELEMENTS (company_words))],
                                   company_words[pick (f, G_N_ELEMENTS (company_words))]);
      else
        company = g_strdup ("");
      tags = tag_sets[pick (f, G_N_ELEMENTS (tag_sets))];
      preferences = preference_texts[pick (f, G_N_ELEMENTS (preference_texts))];
      notes = "";
      cadence = chance (f) < 0.15 ? 30 : 0;
    }

  local = ascii_lower_compact (name);
  if (*company != '\0' && chance (f) < 0.5)
    {
      g_autofree char *domain = ascii_lower_compact (company);

      g_strdelimit (domain, ".", '-');
      email = g_strdup_printf ("%s@%s.co.id", local, domain);
    }
  else
    email = g_strdup_printf ("%s%s@%s", local, chance (f) < 0.5 ? "" : "88",
                             chance (f) < 0.7 ? "gmail.com" : "yahoo.co.id");
  phone = g_strdup_printf ("+62 8%02u-%04u-%04u", 11 + pick (f, 80), pick (f, 10000), pick (f, 10000));
  address = g_strdup_printf ("%s No. %u, %s", streets[pick (f, G_N_ELEMENTS (streets))], 1 + pick (f, 200),
                             cities[pick (f, G_N_ELEMENTS (cities))]);

  g_object_freeze_notify (G_OBJECT (customer));
  relasi_customer_set_name (customer, name);
  relasi_customer_set_company (customer, company);
  relasi_customer_set_email (customer, email);
  relasi_customer_set_phone (customer, phone);
  relasi_customer_set_address (customer, address);
  relasi_customer_set_tags (customer, tags);
  relasi_customer_set_preferences (customer, preferences);
  relasi_customer_set_notes (customer, notes);
  relasi_customer_set_cadence_days (customer, cadence);
  relasi_customer_set_created_at (customer, created);
  g_object_thaw_notify (G_OBJECT (customer));
  return customer;
}

static const Problem *
problem_of (RelasiInteractionKind kind,
            guint32               variant)
{
  if (kind == RELASI_INTERACTION_KIND_MISTAKE)
    return &mistakes[variant % G_N_ELEMENTS (mistakes)];
  return &complaints[variant % G_N_ELEMENTS (complaints)];
}

/* Logs the entry of @p; @parent_variant maps a seq to its plan's variant, so that an
 * answer or an apology can name what it follows. */
static gboolean
play_entry (Filler      *f,
            const Plan  *p,
            guint32     *parent_variant,
            GError     **error)
{
  g_autoptr(RelasiInteraction) entry = relasi_interaction_new ();
  RelasiInteractionKind kind = p->kind;
  guint32 v = p->variant;
  const char *summary = NULL;
  g_autofree char *owned = NULL;
  const char *details = "";
  int sentiment = 0;

  switch (p->about)
    {
    case ABOUT_ANSWER:
      {
        const Problem *problem = problem_of (RELASI_INTERACTION_KIND_COMPLAINT, parent_variant[p->parent]);

        owned = g_strdup_printf ("Menjawab keluhan: %s", problem->summary);
        details = v % 2 ? "Minta maaf, menjelaskan penyebabnya dan memberi potongan 20% untuk pesanan berikutnya."
                        : "Minta maaf dan mengganti pesanan tanpa biaya.";
      }
      break;
    case ABOUT_APOLOGY:
      {
        const Problem *problem = problem_of (RELASI_INTERACTION_KIND_MISTAKE, parent_variant[p->parent]);

        owned = g_strdup_printf ("Minta maaf atas kesalahan kami: %s", problem->summary);
        details = "Mengakui kesalahan terus terang dan menjelaskan perbaikannya.";
      }
      break;
    case ABOUT_WHY_LEFT:
      summary = "Menelepon untuk menanyakan alasan berhenti berlangganan";
      details = lost_reasons[v % G_N_ELEMENTS (lost_reasons)].reason;
      sentiment = -1;
      break;
    case ABOUT_PLAIN:
    default:
      switch (kind)
        {
        case RELASI_INTERACTION_KIND_PURCHASE:
          {
            const Product *product = &products[v % G_N_ELEMENTS (products)];
            int qty = (int) (p->aux / product->price);

            if (product->min_qty >= 20 || (v >> 20) % 3 == 0)
              owned = g_strdup_printf ("Pesan %d %s %s untuk %s", qty, product->unit, product->name,
                                       occasions[(v >> 12) % G_N_ELEMENTS (occasions)]);
            else
              owned = g_strdup_printf ("Pesan %d %s %s", qty, product->unit, product->name);
            details = purchase_details[(v >> 16) % G_N_ELEMENTS (purchase_details)];
            sentiment = (v >> 24) % 3 == 0 ? 1 : 0;
            relasi_interaction_set_amount (entry, (double) p->aux);
          }
          break;
        case RELASI_INTERACTION_KIND_THANK_YOU:
          summary = thank_you_texts[v % G_N_ELEMENTS (thank_you_texts)];
          sentiment = 1;
          break;
        case RELASI_INTERACTION_KIND_MESSAGE:
        case RELASI_INTERACTION_KIND_EMAIL:
        case RELASI_INTERACTION_KIND_CALL:
          summary = message_texts[v % G_N_ELEMENTS (message_texts)];
          break;
        case RELASI_INTERACTION_KIND_MEETING:
          summary = meeting_texts[v % G_N_ELEMENTS (meeting_texts)];
          sentiment = 1;
          break;
        case RELASI_INTERACTION_KIND_FEEDBACK:
          summary = feedback_texts[v % G_N_ELEMENTS (feedback_texts)].text;
          sentiment = feedback_texts[v % G_N_ELEMENTS (feedback_texts)].sentiment;
          break;
        case RELASI_INTERACTION_KIND_IDEA:
          summary = idea_texts[v % G_N_ELEMENTS (idea_texts)];
          break;
        case RELASI_INTERACTION_KIND_NOTE:
          summary = note_texts[v % G_N_ELEMENTS (note_texts)];
          break;
        case RELASI_INTERACTION_KIND_COMPLAINT:
        case RELASI_INTERACTION_KIND_MISTAKE:
          summary = problem_of (kind, v)->summary;
          details = problem_of (kind, v)->details;
          sentiment = kind == RELASI_INTERACTION_KIND_COMPLAINT ? ((v >> 16) % 2 ? -2 : -1) : -1;
          break;
        case RELASI_INTERACTION_KIND_PROMISE:
          summary = promise_texts[v % G_N_ELEMENTS (promise_texts)];
          relasi_interaction_set_due_at (entry, p->aux);
          break;
        default:
          g_assert_not_reached ();
        }
      break;
    }

  relasi_interaction_set_customer_id (entry, f->customer_ids[p->customer]);
  relasi_interaction_set_kind (entry, kind);
  relasi_interaction_set_occurred_at (entry, p->at);
  relasi_interaction_set_summary (entry, owned != NULL ? owned : summary);
  relasi_interaction_set_details (entry, details);
  relasi_interaction_set_sentiment (entry, sentiment);
  if (!relasi_store_add_interaction (f->store, entry, error))
    return FALSE;
  f->ids[p->seq] = relasi_interaction_get_id (entry);
  f->n_entries++;
  return TRUE;
}

/* The case of @customer of @kind opened by @interaction_id (0: the newest of that kind). */
static RelasiCase *
find_case (Filler          *f,
           guint32          customer,
           RelasiCaseKind   kind,
           gint64           interaction_id,
           GError         **error)
{
  g_autoptr(GPtrArray) cases = NULL;

  cases = relasi_store_list_cases (f->store, RELASI_CASE_FILTER_OPEN, f->customer_ids[customer], error);
  if (cases == NULL)
    return NULL;
  for (guint i = 0; i < cases->len; i++)
    {
      RelasiCase *k = g_ptr_array_index (cases, i);

      if (relasi_case_get_kind (k) == kind &&
          (interaction_id == 0 || relasi_case_get_interaction_id (k) == interaction_id))
        return g_object_ref (k);
    }
  g_set_error (error, RELASI_ERROR, RELASI_ERROR_NOT_FOUND, "sample data: no open case to follow up");
  return NULL;
}

static gboolean
fill_case (Filler      *f,
           RelasiCase  *k,
           const Plan  *p,
           guint32      parent_variant,
           GError     **error)
{
  const char *cause_text, *action, *prevention;
  RelasiRootCause cause;
  guint32 v = p->variant;

  switch (p->kind)
    {
    case RELASI_CASE_KIND_LOST_CUSTOMER:
      cause = lost_reasons[v % G_N_ELEMENTS (lost_reasons)].cause;
      cause_text = lost_reasons[v % G_N_ELEMENTS (lost_reasons)].reason;
      action = lost_reasons[v % G_N_ELEMENTS (lost_reasons)].lesson;
      prevention = action;
      break;
    case RELASI_CASE_KIND_BROKEN_PROMISE:
      cause = RELASI_ROOT_CAUSE_PROCESS;
      cause_text = "Janji hanya diingat di kepala, tidak dicatat.";
      action = broken_promise_actions[v % G_N_ELEMENTS (broken_promise_actions)];
      prevention = "Setiap janji dicatat dengan tanggalnya dan dicek setiap pagi.";
      break;
    case RELASI_CASE_KIND_MISTAKE:
    case RELASI_CASE_KIND_COMPLAINT:
    default:
      {
        const Problem *problem = problem_of (p->kind == RELASI_CASE_KIND_MISTAKE
                                             ? RELASI_INTERACTION_KIND_MISTAKE
                                             : RELASI_INTERACTION_KIND_COMPLAINT, parent_variant);

        cause = problem->cause;
        cause_text = problem->cause_text;
        action = problem->action;
        prevention = "Dicek ulang setiap minggu selama sebulan.";
      }
      break;
    }

  relasi_case_set_root_cause (k, cause);
  relasi_case_set_root_cause_text (k, cause_text);
  relasi_case_set_corrective_action (k, action);
  relasi_case_set_responsible (k, responsibles[v % G_N_ELEMENTS (responsibles)]);
  if (p->full)
    {
      relasi_case_set_internal_review (k, "Dibahas bersama tim dapur dan kurir pada rapat Senin pagi.");
      relasi_case_set_customer_answer (k, (v >> 8) % 2
                                          ? "Pelanggan menerima permintaan maaf dan penggantiannya."
                                          : "Pelanggan berterima kasih sudah ditanggapi dengan serius.");
      relasi_case_set_prevention (k, prevention);
      relasi_case_set_shared_with (k, "Tim dapur, kurir dan kasir");
      relasi_case_set_shared_at (k, p->at);
    }
  return relasi_store_update_case (f->store, k, error);
}

static gboolean
play (Filler  *f,
      GError **error)
{
  /* seq -> variant, for follow-ups that describe what they follow */
  g_autofree guint32 *variants = g_new0 (guint32, f->next_seq);

  for (guint i = 0; i < f->plans->len; i++)
    {
      const Plan *p = &g_array_index (f->plans, Plan, i);

      variants[p->seq] = p->variant;
    }

  for (guint i = 0; i < f->plans->len; i++)
    {
      const Plan *p = &g_array_index (f->plans, Plan, i);
      gint64 parent_id = p->parent != NONE ? f->ids[p->parent] : 0;

      relasi_clock_set_thread_now (p->at);

      /* a follow-up of something that was not made (it would have been in the future) */
      if (p->parent != NONE && parent_id == 0 && p->op != OP_ENTRY)
        continue;

      switch ((Op) p->op)
        {
        case OP_CUSTOMER:
          {
            g_autoptr(RelasiCustomer) customer = make_customer (f, p->customer, p->at);

            if (!relasi_store_add_customer (f->store, customer, error))
              return FALSE;
            f->customer_ids[p->customer] = relasi_customer_get_id (customer);
          }
          break;

        case OP_ENTRY:
          if (!play_entry (f, p, variants, error))
            return FALSE;
          break;

        case OP_ANSWER:
        case OP_REPAIR:
        case OP_RESOLVE:
          {
            g_autoptr(RelasiCase) k = find_case (f, p->customer, p->kind, parent_id, error);

            if (k == NULL)
              return FALSE;
            if (p->op == OP_ANSWER)
              {
                if (!relasi_store_answer_case (f->store, relasi_case_get_id (k), p->at, error))
                  return FALSE;
                break;
              }
            if ((p->op == OP_REPAIR || *relasi_case_get_corrective_action (k) == '\0') &&
                !fill_case (f, k, p, p->parent != NONE ? variants[p->parent] : p->variant, error))
              return FALSE;
            if (p->op == OP_RESOLVE &&
                !relasi_store_resolve_case (f->store, relasi_case_get_id (k), p->at, error))
              return FALSE;
          }
          break;

        case OP_OUTCOME:
          if (!relasi_store_set_promise_outcome (f->store, parent_id, (RelasiPromiseOutcome) p->aux, 0, error))
            return FALSE;
          break;

        case OP_LOST:
          {
            const LostReason *reason = &lost_reasons[p->variant % G_N_ELEMENTS (lost_reasons)];

            if (!relasi_store_mark_customer_lost (f->store, f->customer_ids[p->customer], reason->cause,
                                                  reason->reason, p->at, error))
              return FALSE;
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return TRUE;
}

/* ---- public --------------------------------------------------------------------- */

/**
 * relasi_sample_is_empty:
 * @store: a store
 * @empty: (out): whether it holds no customers, entries, reminders or cases at all
 * @error: return location for an error
 */
gboolean
relasi_sample_is_empty (RelasiStore  *store,
                        gboolean     *empty,
                        GError      **error)
{
  RelasiStoreCounts counts;

  g_return_val_if_fail (RELASI_IS_STORE (store), FALSE);
  g_return_val_if_fail (empty != NULL, FALSE);

  if (!relasi_store_get_counts (store, &counts, error))
    return FALSE;
  *empty = counts.customers == 0 && counts.interactions == 0 && counts.reminders == 0 && counts.cases == 0;
  return TRUE;
}

/**
 * relasi_sample_fill:
 * @store: a store with an empty database
 * @n_entries: about how many journal entries to make; 0 for the usual sample
 *   (RELASI_SAMPLE_DEFAULT_ENTRIES entries, RELASI_SAMPLE_DEFAULT_CUSTOMERS customers).
 *   Customers scale with it: one per RELASI_SAMPLE_ENTRIES_PER_CUSTOMER entries.
 * @result: (out) (optional): what was made
 * @error: return location for an error
 *
 * Fills an empty database with sample data, all in one transaction: on failure
 * nothing is added. A database that holds anything is refused with
 * %RELASI_ERROR_NOT_EMPTY. The clock is left at now (where it was, plus the time the
 * work took).
 */
gboolean
relasi_sample_fill (RelasiStore         *store,
                    guint64              n_entries,
                    RelasiSampleResult  *result,
                    GError             **error)
{
  Filler f = { 0 };
  gboolean empty = FALSE;
  gboolean ok;

  g_return_val_if_fail (RELASI_IS_STORE (store), FALSE);
  g_return_val_if_fail (n_entries <= RELASI_SAMPLE_MAX_ENTRIES, FALSE);

  if (!relasi_sample_is_empty (store, &empty, error))
    return FALSE;
  if (!empty)
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_NOT_EMPTY,
                   _("The database “%s” already holds data. Sample data only goes into an empty database, so nothing was changed."),
                   relasi_store_get_path (store));
      return FALSE;
    }

  if (n_entries == 0)
    {
      n_entries = RELASI_SAMPLE_DEFAULT_ENTRIES;
      f.n_customers = RELASI_SAMPLE_DEFAULT_CUSTOMERS;
    }
  else if (n_entries >= 40 * RELASI_SAMPLE_ENTRIES_PER_CUSTOMER)
    f.n_customers = (guint) (n_entries / RELASI_SAMPLE_ENTRIES_PER_CUSTOMER);
  else
    f.n_customers = (guint) CLAMP (n_entries / 15, 10, RELASI_SAMPLE_DEFAULT_CUSTOMERS);

  f.store = store;
  /* whole minutes, so that the few milliseconds since the program started do not
   * change the data made for a given RELASI_NOW */
  f.now = relasi_clock_now ();
  f.now -= f.now % 60;
  f.rand = g_rand_new_with_seed (SEED);
  f.plans = g_array_sized_new (FALSE, FALSE, sizeof (Plan), (guint) (n_entries * 3 / 2 + 64));
  f.customer_ids = g_new0 (gint64, f.n_customers);

  plan_all (&f, n_entries);
  f.ids = g_new0 (gint64, f.next_seq);

  /* Each write in a batch is a savepoint whose undo pages go to a statement journal;
   * keep those and a big page cache in memory while filling, then set them back. */
  ok = relasi_store_exec (store, "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -262144", error) &&
       relasi_store_batch_begin (store, error);
  if (ok)
    {
      ok = play (&f, error);
      /* back to now before committing: the health scores are computed as of now */
      relasi_clock_clear_thread_now ();
      if (ok)
        ok = relasi_store_batch_commit (store, error);
      else
        relasi_store_batch_rollback (store);
    }
  /* The past was replayed on this thread's own clock: the rest of the program never
   * saw time move. */
  relasi_clock_clear_thread_now ();

  if (!relasi_store_exec (store, "PRAGMA temp_store = DEFAULT; " RELASI_STORE_CACHE_PRAGMA, ok ? error : NULL))
    ok = FALSE;
  if (ok)
    ok = relasi_store_refresh_health (store, error);

  if (ok && result != NULL)
    {
      result->customers = f.n_customers;
      result->interactions = f.n_entries;
    }

  g_rand_free (f.rand);
  g_array_unref (f.plans);
  g_free (f.ids);
  g_free (f.customer_ids);
  return ok;
}
