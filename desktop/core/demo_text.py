"""Words the demo generator draws on: what Jakarta's citizens really write about."""

STREETS = (
    "Jl. Kramat Raya", "Jl. Salemba Raya", "Jl. Gunung Sahari", "Jl. Hayam Wuruk", "Jl. Gajah Mada",
    "Jl. Daan Mogot", "Jl. Panjang", "Jl. Kebon Jeruk Raya", "Jl. Fatmawati", "Jl. TB Simatupang",
    "Jl. Warung Buncit Raya", "Jl. Kemang Raya", "Jl. Raya Pasar Minggu", "Jl. Raya Bogor",
    "Jl. Kalimalang", "Jl. Pemuda", "Jl. Pramuka", "Jl. Matraman Raya", "Jl. Jatinegara Barat",
    "Jl. Yos Sudarso", "Jl. RE Martadinata", "Jl. Pluit Raya", "Jl. Danau Sunter Utara",
    "Jl. Boulevard Kelapa Gading", "Jl. Cempaka Putih Raya", "Jl. Letjen Suprapto",
    "Jl. Tanjung Duren Raya", "Jl. S. Parman", "Jl. Kyai Tapa", "Jl. Mangga Besar", "Jl. Ciledug Raya",
    "Jl. Joglo Raya", "Jl. Dewi Sartika", "Jl. Otista Raya", "Jl. Ahmad Yani", "Jl. Pondok Kelapa Raya",
    "Jl. Swadaya", "Jl. Kenanga", "Jl. Melati", "Jl. Mawar", "Jl. Anggrek", "Jl. Masjid",
    "Jl. Haji Naman", "Jl. Kebon Kacang", "Jl. Pisangan Lama", "Gg. Masjid", "Gg. Damai",
    "Gg. Sawo", "Gg. Langgar", "Jl. Inspeksi Kali", "Jl. Raya Penggilingan", "Jl. Raya Cilincing",
    "Jl. Bekasi Raya", "Jl. Meruya Ilir", "Jl. Kembangan Raya", "Jl. Lenteng Agung Raya",
)

LANDMARKS = (
    "depan masjid", "dekat pasar", "samping SD negeri", "depan minimarket", "dekat halte TransJakarta",
    "di bawah jembatan", "dekat pos RW", "depan puskesmas", "di ujung gang", "dekat stasiun",
    "seberang kantor kelurahan", "dekat taman", "di pertigaan", "depan warung",
)

TITLES = {
    "kebakaran": ("Kebakaran rumah warga", "Api di gudang", "Kebakaran kabel listrik", "Asap tebal dari kios"),
    "banjir": ("Banjir setinggi lutut", "Banjir masuk rumah warga", "Air sungai meluap", "Jalan terendam banjir"),
    "pohon_tumbang": ("Pohon tumbang menutup jalan", "Pohon roboh menimpa kabel", "Dahan besar patah"),
    "genangan": ("Genangan air tidak surut", "Genangan di jalan utama", "Air menggenang setelah hujan"),
    "sampah": ("Tumpukan sampah liar", "Sampah belum diangkut", "Sampah menumpuk di kali", "Bak sampah penuh"),
    "jalan_rusak": ("Jalan berlubang", "Aspal rusak parah", "Lubang besar di jalan", "Jalan amblas"),
    "pju_mati": ("Lampu jalan mati", "PJU padam beberapa titik", "Lampu penerangan rusak"),
    "saluran_tersumbat": ("Saluran air tersumbat", "Got mampet", "Selokan penuh lumpur"),
    "parkir_liar": ("Parkir liar di bahu jalan", "Mobil parkir di trotoar", "Juru parkir liar"),
    "pkl": ("PKL berjualan di trotoar", "Lapak PKL menutup jalan", "Pedagang di atas saluran"),
    "sarang_tawon": ("Sarang tawon di atap rumah", "Sarang tawon besar di pohon"),
    "gelandangan": ("Gelandangan tidur di halte", "Manusia gerobak", "ODGJ berkeliaran"),
    "bangunan_liar": ("Bangunan tanpa izin", "Bangunan di atas saluran", "Renovasi melanggar GSB"),
    "kemacetan": ("Macet parah", "Lampu lalu lintas mati", "Kemacetan karena putar balik liar"),
    "jentik_dbd": ("Banyak jentik nyamuk", "Warga terkena DBD", "Permintaan fogging"),
    "ketertiban": ("Balap liar malam hari", "Keributan warga", "Pengamen mengganggu"),
    "adminduk": ("KTP elektronik belum jadi", "Kesulitan urus KK", "Antrean Dukcapil"),
}

DETAILS = {
    "kebakaran": "Mohon segera dikirim pemadam, api membesar dan warga panik.",
    "banjir": "Air terus naik sejak subuh, warga mulai mengungsi ke musala.",
    "pohon_tumbang": "Kendaraan tidak bisa lewat, mohon segera dievakuasi.",
    "genangan": "Sudah dua hari air tidak surut dan mulai berbau.",
    "sampah": "Sudah seminggu tidak diangkut, bau menyengat dan banyak lalat.",
    "jalan_rusak": "Sudah beberapa pengendara motor jatuh, mohon segera ditambal.",
    "pju_mati": "Jalan gelap gulita di malam hari, rawan kejahatan.",
    "saluran_tersumbat": "Setiap hujan air meluap ke jalan karena saluran penuh sampah.",
    "parkir_liar": "Kendaraan parkir dua lapis sehingga jalan menyempit dan macet.",
    "pkl": "Pejalan kaki terpaksa turun ke jalan karena trotoar dipakai berjualan.",
    "sarang_tawon": "Tawon sudah menyengat anak-anak, mohon dievakuasi.",
    "gelandangan": "Mohon dibantu dan dibawa ke panti sosial.",
    "bangunan_liar": "Bangunan berdiri di atas saluran air dan menghambat aliran.",
    "kemacetan": "Arus lalu lintas tidak bergerak lebih dari satu jam.",
    "jentik_dbd": "Beberapa warga sakit demam, mohon pemeriksaan jentik dan fogging.",
    "ketertiban": "Terjadi hampir setiap malam dan mengganggu warga yang istirahat.",
    "adminduk": "Sudah beberapa bulan belum ada kejelasan, mohon dibantu.",
}

FIRST_NAMES = (
    "Budi", "Siti", "Agus", "Dewi", "Rudi", "Sri", "Andi", "Rina", "Hendra", "Yuliana", "Fajar",
    "Nur", "Joko", "Ratna", "Eko", "Wulan", "Dimas", "Putri", "Bambang", "Intan", "Rizky", "Maya",
    "Taufik", "Lestari", "Ahmad", "Nadia", "Slamet", "Indah", "Yusuf", "Fitri", "Gilang", "Ayu",
)
LAST_NAMES = (
    "Santoso", "Rahmawati", "Setiawan", "Hidayat", "Saputra", "Wibowo", "Kusuma", "Pratama",
    "Nugroho", "Lubis", "Siregar", "Simanjuntak", "Hasibuan", "Wijaya", "Halim", "Gunawan",
    "Sitompul", "Purnomo", "Rahman", "Maulana", "Permata", "Susanto", "Tanjung", "Harahap",
)

REJECT_REASONS = (
    "Bukan kewenangan Pemprov DKI (jalan nasional)", "Laporan tidak jelas dan tidak dapat diverifikasi",
    "Lokasi di luar wilayah DKI Jakarta", "Bukan laporan (pertanyaan umum)",
)
HANDBACK_REASONS = (
    "Bukan kewenangan kami, mohon diteruskan ke dinas terkait",
    "Lokasi berada di aset pihak swasta",
)
RATING_COMMENTS = {
    1: ("Tidak ada tindakan nyata", "Lambat sekali"),
    2: ("Ditangani tapi belum tuntas",),
    3: ("Cukup", "Lumayan, tapi lama"),
    4: ("Terima kasih, sudah ditangani", "Respon cepat"),
    5: ("Mantap, sangat cepat!", "Terima kasih petugas", "Pelayanan luar biasa"),
}
FIELD_NOTES = (
    "Petugas sudah meninjau lokasi.", "Material sudah disiapkan, pengerjaan besok pagi.",
    "Koordinasi dengan RT/RW setempat.", "Pekerjaan selesai, lokasi sudah bersih.",
)
