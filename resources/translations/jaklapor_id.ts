<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="57" />
        <source>Select a report to see its details.</source>
        <translation>Pilih laporan untuk melihat rinciannya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="120" />
        <source>EMERGENCY</source>
        <translation>DARURAT</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="137" />
        <source>Original photo (command centre only; location data removed)</source>
        <translation>Foto asli (hanya command center; data lokasi dihapus)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="138" />
        <source>Photo with faces, plates and house numbers blurred</source>
        <translation>Foto dengan wajah, pelat nomor dan nomor rumah disamarkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="139" />
        <source>Photo after handling</source>
        <translation>Foto setelah penanganan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="149" />
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="151" />
        <source>Category:</source>
        <translation>Kategori:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="153" />
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="154" />
        <source>Priority:</source>
        <translation>Prioritas:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="155" />
        <source>Received:</source>
        <translation>Diterima:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="157" />
        <source>First action:</source>
        <translation>Tindakan pertama:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="158" />
        <source>Deadline:</source>
        <translation>Tenggat:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="159" />
        <source>Address:</source>
        <translation>Alamat:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="161" />
        <source>Area:</source>
        <translation>Wilayah:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="163" />
        <source>No valid location ({problem}); not drawn on the map</source>
        <translation>Lokasi tidak valid ({problem}); tidak digambar di peta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="167" />
        <source>Coordinates:</source>
        <translation>Koordinat:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="170" />
        <source>Agencies:</source>
        <translation>OPD:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="170" />
        <source>Not dispatched yet</source>
        <translation>Belum didisposisi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="172" />
        <source>Duplicate of:</source>
        <translation>Duplikat dari:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="176" />
        <source>Citizen rating:</source>
        <translation>Penilaian warga:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="188" />
        <source>overdue by {time}</source>
        <translation>lewat tenggat {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="189" />
        <source>({time} left)</source>
        <translation>(sisa {time})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="198" />
        <source>none yet — overdue by {time}</source>
        <translation>belum ada — lewat {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="199" />
        <source>none yet — due within {time}</source>
        <translation>belum ada — harus dalam {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="202" />
        <source>Reporter</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="206" />
        <source>Anonymous report: no identity is stored.</source>
        <translation>Laporan anonim: tidak ada identitas yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="208" />
        <source>Identity protected (confidential). It can only be revealed with a written reason and a supervisor's approval, and every reveal is audited.</source>
        <translation>Identitas dilindungi (rahasia). Identitas hanya dapat dibuka dengan alasan tertulis dan persetujuan supervisor, dan setiap pembukaan tercatat di log audit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="211" />
        <source>Identity protected. It is stored encrypted and shown only on an audited reveal with a written reason.</source>
        <translation>Identitas dilindungi. Disimpan terenkripsi dan hanya ditampilkan melalui permintaan dengan alasan tertulis yang tercatat di log audit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="219" />
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="224" />
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="224" />
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="224" />
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="224" />
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="230" />
        <source>citizen</source>
        <translation>warga</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="240" />
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../desktop/ui/inbox/panel.py" line="76" />
        <source>Search reference, description, address… (Ctrl+F)</source>
        <translation>Cari nomor, uraian, alamat… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/panel.py" line="90" />
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/panel.py" line="91" />
        <source>All open reports</source>
        <translation>Semua laporan terbuka</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/inbox/panel.py" line="99" />
        <source>%n report(s)</source>
        <translation><numerusform>%n laporan</numerusform></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/login/dialog.py" line="68" />
        <source>JakLapor Desk — Log in</source>
        <translation>JakLapor Desk — Masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/dialog.py" line="69" />
        <source>JakLapor Desk</source>
        <translation>JakLapor Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/dialog.py" line="70" />
        <source>Database: {name}</source>
        <translation>Basis data: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/dialog.py" line="71" />
        <source>Username:</source>
        <translation>Nama pengguna:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/dialog.py" line="72" />
        <source>Password:</source>
        <translation>Kata sandi:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/dialog.py" line="73" />
        <source>Log in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/dialog.py" line="76" />
        <source>Demo accounts (password: {password}) — pick one:</source>
        <translation>Akun demo (kata sandi: {password}) — pilih salah satu:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/dialog.py" line="77" />
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/dialog.py" line="77" />
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/dialog.py" line="105" />
        <source>Enter your username.</source>
        <translation>Masukkan nama pengguna Anda.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/dialog.py" line="117" />
        <source>Wrong username or password, or the account is disabled.</source>
        <translation>Nama pengguna atau kata sandi salah, atau akun dinonaktifkan.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="127" />
        <source>JakLapor Desk — Command centre</source>
        <translation>JakLapor Desk — Command center</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="131" />
        <source>Your role has no report screens.</source>
        <translation>Peran Anda tidak memiliki layar laporan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="133" />
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="134" />
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="135" />
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="136" />
        <source>&amp;Settings</source>
        <translation>&amp;Pengaturan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="137" />
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="138" />
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="139" />
        <source>&amp;Refresh</source>
        <translation>&amp;Segarkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="140" />
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="141" />
        <source>&amp;Search reports</source>
        <translation>&amp;Cari laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="142" />
        <source>&amp;Next report</source>
        <translation>Laporan beri&amp;kutnya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="143" />
        <source>&amp;Previous report</source>
        <translation>Laporan sebe&amp;lumnya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="144" />
        <source>&amp;Open report detail</source>
        <translation>B&amp;uka rincian laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="145" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan keyboard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="146" />
        <source>&amp;About JakLapor Desk</source>
        <translation>&amp;Tentang JakLapor Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="150" />
        <source>User: {name} ({role}{agency})</source>
        <translation>Pengguna: {name} ({role}{agency})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="152" />
        <source>Database: {name}</source>
        <translation>Basis data: {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main/window.py" line="168" />
        <source>%n report(s)</source>
        <translation><numerusform>%n laporan</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="177" />
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="180" />
        <source>About JakLapor Desk</source>
        <translation>Tentang JakLapor Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="181" />
        <source>JakLapor Desk {version}
The command centre's back office for citizen reports.</source>
        <translation>JakLapor Desk {version}
Sistem back office command center untuk laporan warga.</translation>
    </message>
</context>
<context>
    <name>PreparingNotice</name>
    <message>
        <location filename="../../desktop/ui/startup.py" line="13" />
        <source>Preparing the demo database of Jakarta reports…</source>
        <translation>Menyiapkan basis data demo laporan Jakarta…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="14" />
        <source>Connecting to the central database…</source>
        <translation>Menghubungkan ke basis data pusat…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="22" />
        <source>Cannot open the database</source>
        <translation>Basis data tidak dapat dibuka</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <location filename="../../desktop/ui/inbox/model.py" line="99" />
        <source>No valid location</source>
        <translation>Lokasi tidak valid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/model.py" line="104" />
        <source>Received: {time}</source>
        <translation>Diterima: {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/model.py" line="106" />
        <source>Agency: {name}</source>
        <translation>OPD: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/model.py" line="108" />
        <source>Emergency</source>
        <translation>Darurat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/model.py" line="114" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/model.py" line="114" />
        <source>Reference</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/model.py" line="114" />
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/model.py" line="114" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/model.py" line="115" />
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/model.py" line="115" />
        <source>Age</source>
        <translation>Umur</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <location filename="../../desktop/ui/format.py" line="69" />
        <source>{n} min</source>
        <translation>{n} mnt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="71" />
        <source>{n} h</source>
        <translation>{n} j</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="72" />
        <source>{n} d</source>
        <translation>{n} h</translation>
    </message>
</context>
<context>
    <name>screens</name>
    <message>
        <location filename="../../desktop/ui/main/screens.py" line="24" />
        <source>Inbox</source>
        <translation>Kotak masuk</translation>
    </message>
</context>
<context>
    <name>workflow</name>
    <message>
        <location filename="../../desktop/core/workflow.py" line="99" />
        <source>The report is already {target}.</source>
        <translation>Laporan sudah berstatus {target}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/workflow.py" line="100" />
        <source>A report that is {current} cannot go to {target}.</source>
        <translation>Laporan berstatus {current} tidak dapat diubah menjadi {target}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/workflow.py" line="102" />
        <source>A {role} may not move a report from {current} to {target}.</source>
        <translation>{role} tidak boleh mengubah laporan dari {current} menjadi {target}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/workflow.py" line="104" />
        <source>Moving a report from {current} to {target} needs a written reason.</source>
        <translation>Mengubah laporan dari {current} menjadi {target} memerlukan alasan tertulis.</translation>
    </message>
</context>
</TS>