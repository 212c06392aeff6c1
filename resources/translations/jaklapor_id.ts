<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AgencyDeskScreen</name>
    <message>
        <location filename="../../desktop/ui/agency_desk/screen.py" line="114"/>
        <source>Queue of {agency}</source>
        <translation>Antrean {agency}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_desk/screen.py" line="118"/>
        <source>All open reports</source>
        <translation>Semua laporan terbuka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_desk/screen.py" line="118"/>
        <source>To accept</source>
        <translation>Perlu diterima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_desk/screen.py" line="119"/>
        <source>In progress</source>
        <translation>Dalam proses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_desk/screen.py" line="119"/>
        <source>Supporting</source>
        <translation>Pendukung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_desk/screen.py" line="126"/>
        <source>Most urgent first</source>
        <translation>Paling mendesak dahulu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_desk/screen.py" line="127"/>
        <source>Newest first</source>
        <translation>Terbaru dahulu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_desk/screen.py" line="130"/>
        <source>Accept</source>
        <translation>Terima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_desk/screen.py" line="130"/>
        <source>Start handling</source>
        <translation>Mulai penanganan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_desk/screen.py" line="131"/>
        <source>Add field note…</source>
        <translation>Tambah catatan lapangan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_desk/screen.py" line="131"/>
        <source>Add after-photo…</source>
        <translation>Tambah foto sesudah…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_desk/screen.py" line="132"/>
        <location filename="../../desktop/ui/agency_desk/screen.py" line="294"/>
        <source>Mark done</source>
        <translation>Tandai selesai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_desk/screen.py" line="132"/>
        <source>Hand back…</source>
        <translation>Kembalikan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_desk/screen.py" line="134"/>
        <source>Not our remit: return the report to the command centre (or withdraw your support) with a reason</source>
        <translation>Bukan kewenangan kami: kembalikan laporan ke command center (atau tarik dukungan Anda) disertai alasan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/agency_desk/screen.py" line="179"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n terbuka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/agency_desk/screen.py" line="179"/>
        <source>%n to accept</source>
        <translation>
            <numerusform>%n perlu diterima</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/agency_desk/screen.py" line="181"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n lewat tenggat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_desk/screen.py" line="237"/>
        <source>Select a report in the queue first.</source>
        <translation>Pilih laporan di antrean terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_desk/screen.py" line="244"/>
        <source>Accepted {reference}.</source>
        <translation>{reference} diterima.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_desk/screen.py" line="250"/>
        <source>{reference} is now in progress.</source>
        <translation>{reference} sekarang dalam proses.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_desk/screen.py" line="264"/>
        <source>Field note</source>
        <translation>Catatan lapangan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_desk/screen.py" line="265"/>
        <source>What was done or found on site?</source>
        <translation>Apa yang dilakukan atau ditemukan di lokasi?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_desk/screen.py" line="265"/>
        <source>Note added to {reference}.</source>
        <translation>Catatan ditambahkan ke {reference}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_desk/screen.py" line="272"/>
        <source>After-photo</source>
        <translation>Foto sesudah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_desk/screen.py" line="273"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.gif)</source>
        <translation>Foto (*.jpg *.jpeg *.png *.webp *.gif)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_desk/screen.py" line="284"/>
        <source>The photo could not be read: {problem}</source>
        <translation>Foto tidak dapat dibaca: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_desk/screen.py" line="288"/>
        <source>After-photo added to {reference}.</source>
        <translation>Foto sesudah ditambahkan ke {reference}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_desk/screen.py" line="295"/>
        <source>What was done? (optional; the citizen may read it)</source>
        <translation>Apa yang telah dilakukan? (opsional; dapat dibaca warga)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_desk/screen.py" line="296"/>
        <source>{reference} is done.</source>
        <translation>{reference} selesai.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_desk/screen.py" line="304"/>
        <source>Why is this not your agency&apos;s remit? The command centre will read it.</source>
        <translation>Mengapa ini bukan kewenangan OPD Anda? Command center akan membacanya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_desk/screen.py" line="306"/>
        <source>Why does your agency withdraw its support?</source>
        <translation>Mengapa OPD Anda menarik dukungannya?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_desk/screen.py" line="307"/>
        <source>Hand back</source>
        <translation>Kembalikan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_desk/screen.py" line="308"/>
        <source>{reference} was handed back with your reason.</source>
        <translation>{reference} telah dikembalikan beserta alasan Anda.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agency_desk/screen.py" line="311"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Dibatalkan; tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>AgencyPicker</name>
    <message>
        <location filename="../../desktop/ui/board/picker.py" line="60"/>
        <source>(disabled)</source>
        <translation>(nonaktif)</translation>
    </message>
</context>
<context>
    <name>AlertStrip</name>
    <message>
        <location filename="../../desktop/ui/board/alerts.py" line="66"/>
        <source>Show report</source>
        <translation>Tampilkan laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/alerts.py" line="67"/>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/board/alerts.py" line="94"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n lainnya)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalsPanel</name>
    <message>
        <location filename="../../desktop/ui/approvals/panel.py" line="85"/>
        <source>Reveal requests waiting for approval</source>
        <translation>Permintaan buka identitas yang menunggu persetujuan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approvals/panel.py" line="87"/>
        <source>Officers ask to see the identity of a confidential report&apos;s reporter. Approve only when the reason shows they must contact the reporter; you cannot decide your own requests. Every decision is audited.</source>
        <translation>Petugas meminta untuk melihat identitas pelapor dari laporan rahasia. Setujui hanya jika alasannya menunjukkan bahwa mereka harus menghubungi pelapor; Anda tidak dapat memutus permintaan Anda sendiri. Setiap keputusan tercatat di log audit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approvals/panel.py" line="89"/>
        <location filename="../../desktop/ui/approvals/panel.py" line="92"/>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approvals/panel.py" line="89"/>
        <location filename="../../desktop/ui/approvals/panel.py" line="92"/>
        <source>Requested by</source>
        <translation>Diminta oleh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approvals/panel.py" line="89"/>
        <source>Requested</source>
        <translation>Diminta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approvals/panel.py" line="89"/>
        <source>Expires</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approvals/panel.py" line="90"/>
        <source>Privacy</source>
        <translation>Privasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approvals/panel.py" line="90"/>
        <location filename="../../desktop/ui/approvals/panel.py" line="93"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approvals/panel.py" line="92"/>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approvals/panel.py" line="93"/>
        <source>Decided by</source>
        <translation>Diputus oleh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approvals/panel.py" line="93"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approvals/panel.py" line="94"/>
        <source>Note for the officer (required to deny)</source>
        <translation>Catatan untuk petugas (wajib jika menolak)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approvals/panel.py" line="95"/>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approvals/panel.py" line="96"/>
        <source>Deny</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approvals/panel.py" line="97"/>
        <source>Recent decisions</source>
        <translation>Keputusan terbaru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approvals/panel.py" line="131"/>
        <source>approved</source>
        <translation>disetujui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approvals/panel.py" line="131"/>
        <source>denied</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/approvals/panel.py" line="167"/>
        <source>Not recorded</source>
        <translation>Tidak tercatat</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="186"/>
        <source>User…</source>
        <translation>Pengguna…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="187"/>
        <source>Search reasons and details…</source>
        <translation>Cari alasan dan rincian…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="188"/>
        <source>Check the chain</source>
        <translation>Periksa rantai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="189"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="189"/>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="189"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="190"/>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="190"/>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="205"/>
        <source>All actions</source>
        <translation>Semua tindakan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="206"/>
        <source>All reveal steps</source>
        <translation>Semua tahap buka identitas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/audit/panel.py" line="256"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entri</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="261"/>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="265"/>
        <source>Intact: {n} entries, head {head}</source>
        <translation>Utuh: {n} entri, kepala {head}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="270"/>
        <source>ALTERED at entry {entry}: {problem}</source>
        <translation>DIUBAH pada entri {entry}: {problem}</translation>
    </message>
</context>
<context>
    <name>BoardScreen</name>
    <message>
        <location filename="../../desktop/ui/board/screen.py" line="184"/>
        <source>Find agency column…</source>
        <translation>Cari kolom OPD…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/screen.py" line="185"/>
        <source>Only agencies with reports</source>
        <translation>Hanya OPD yang memiliki laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/screen.py" line="186"/>
        <source>Alert sound</source>
        <translation>Suara peringatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/screen.py" line="190"/>
        <source>Most urgent first</source>
        <translation>Paling mendesak dahulu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/screen.py" line="191"/>
        <source>Newest first</source>
        <translation>Terbaru dahulu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/screen.py" line="194"/>
        <source>Drag cards onto an agency to dispatch them; hold Ctrl while dropping to add a supporting agency; drop on the inbox to recall.</source>
        <translation>Seret kartu ke OPD untuk mendisposisikannya; tahan Ctrl saat melepas untuk menambahkan OPD pendukung; lepas di kotak masuk untuk menarik kembali.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/screen.py" line="196"/>
        <source>Dispatch to suggested</source>
        <translation>Disposisikan ke OPD yang disarankan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/screen.py" line="197"/>
        <source>Dispatch to…</source>
        <translation>Disposisikan ke…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/screen.py" line="198"/>
        <source>Add supporting agency…</source>
        <translation>Tambah OPD pendukung…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/screen.py" line="199"/>
        <source>Recall to inbox…</source>
        <translation>Tarik ke kotak masuk…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/screen.py" line="200"/>
        <source>Undo dispatch</source>
        <translation>Batalkan disposisi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/screen.py" line="253"/>
        <source>The installed holiday calendar cannot be used, so deadlines follow the built-in one: {problem}</source>
        <translation>Kalender hari libur yang terpasang tidak dapat digunakan, sehingga tenggat mengikuti kalender bawaan: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/screen.py" line="277"/>
        <source>Inbox · {status}</source>
        <translation>Kotak masuk · {status}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/screen.py" line="278"/>
        <source>Reports the command centre has not routed yet</source>
        <translation>Laporan yang belum diteruskan oleh command center</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/screen.py" line="284"/>
        <source>(disabled)</source>
        <translation>(nonaktif)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/board/screen.py" line="427"/>
        <source>Release to dispatch %n report(s) to {agency}.</source>
        <translation>
            <numerusform>Lepaskan untuk mendisposisikan %n laporan ke {agency}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/screen.py" line="429"/>
        <source>Release to bring in {agency} as a supporting agency.</source>
        <translation>Lepaskan untuk melibatkan {agency} sebagai OPD pendukung.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/screen.py" line="431"/>
        <source>Release to re-route to {agency} (you will be asked why); hold Ctrl to add {agency} as a supporting agency instead.</source>
        <translation>Lepaskan untuk mengalihkan ke {agency} (Anda akan diminta alasannya); tahan Ctrl untuk menambahkan {agency} sebagai OPD pendukung.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/board/screen.py" line="433"/>
        <source>Release to recall %n report(s) to the inbox (you will be asked why).</source>
        <translation>
            <numerusform>Lepaskan untuk menarik %n laporan ke kotak masuk (Anda akan diminta alasannya).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/screen.py" line="459"/>
        <source>Re-route</source>
        <translation>Alihkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/screen.py" line="460"/>
        <source>Why does this go to {agency} instead?</source>
        <translation>Mengapa laporan ini dialihkan ke {agency}?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/screen.py" line="462"/>
        <source>Recall to the inbox</source>
        <translation>Tarik ke kotak masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/screen.py" line="462"/>
        <source>Why is this taken back from the agency?</source>
        <translation>Mengapa laporan ini ditarik dari OPD?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/screen.py" line="465"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Dibatalkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/screen.py" line="485"/>
        <source>Dispatched {references} to {agency}. Ctrl+Z takes it back until the agency accepts.</source>
        <translation>{references} didisposisikan ke {agency}. Ctrl+Z membatalkannya selama OPD belum menerima.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/screen.py" line="486"/>
        <source>{agency} now supports {references}. Ctrl+Z takes it back until it accepts.</source>
        <translation>{agency} kini mendukung {references}. Ctrl+Z membatalkannya selama OPD tersebut belum menerima.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/screen.py" line="487"/>
        <source>Re-routed {references} to {agency}.</source>
        <translation>{references} dialihkan ke {agency}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/screen.py" line="488"/>
        <source>Recalled {references} to the inbox.</source>
        <translation>{references} ditarik ke kotak masuk.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/screen.py" line="508"/>
        <source>There is no dispatch to undo.</source>
        <translation>Tidak ada disposisi yang dapat dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/screen.py" line="517"/>
        <source>Took back the last move of {references} to {agency}.</source>
        <translation>Pemindahan terakhir {references} ke {agency} dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/screen.py" line="527"/>
        <source>Select one or more report cards first.</source>
        <translation>Pilih satu atau beberapa kartu laporan terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/screen.py" line="538"/>
        <source>There is no suggested agency for some of the selected reports; use Dispatch to…</source>
        <translation>Sebagian laporan yang dipilih tidak memiliki OPD yang disarankan; gunakan Disposisikan ke…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/screen.py" line="542"/>
        <source>The selected reports have different suggested agencies ({agencies}); dispatch them separately.</source>
        <translation>Laporan yang dipilih memiliki saran OPD yang berbeda ({agencies}); disposisikan secara terpisah.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/screen.py" line="555"/>
        <source>Add as supporting agency:</source>
        <translation>Tambahkan sebagai OPD pendukung:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/screen.py" line="555"/>
        <source>Dispatch to:</source>
        <translation>Disposisikan ke:</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <location filename="../../desktop/ui/supervisor/bulk_dialog.py" line="88"/>
        <source>Act on several reports</source>
        <translation>Tindak lanjuti beberapa laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/bulk_dialog.py" line="89"/>
        <source>{n} reports chosen: {what}</source>
        <translation>{n} laporan dipilih: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/bulk_dialog.py" line="93"/>
        <source>Re-route to another agency</source>
        <translation>Alihkan ke OPD lain</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/bulk_dialog.py" line="94"/>
        <source>Escalate to the head of the agency</source>
        <translation>Eskalasi ke kepala OPD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/bulk_dialog.py" line="95"/>
        <source>Mark as duplicates of one report</source>
        <translation>Tandai sebagai duplikat dari satu laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/bulk_dialog.py" line="96"/>
        <source>Reject, with the reason</source>
        <translation>Tolak, disertai alasan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/bulk_dialog.py" line="100"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/bulk_dialog.py" line="101"/>
        <source>New lead agency</source>
        <translation>OPD utama baru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/bulk_dialog.py" line="102"/>
        <source>Duplicates of (reference)</source>
        <translation>Duplikat dari (nomor)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/bulk_dialog.py" line="104"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/bulk_dialog.py" line="105"/>
        <source>Written into the history of every report changed</source>
        <translation>Dicatat dalam riwayat setiap laporan yang diubah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/bulk_dialog.py" line="106"/>
        <source>Preview the changes</source>
        <translation>Pratinjau perubahan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/bulk_dialog.py" line="107"/>
        <source>Apply to the reports that change</source>
        <translation>Terapkan pada laporan yang berubah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/bulk_dialog.py" line="108"/>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/bulk_dialog.py" line="108"/>
        <source>Now</source>
        <translation>Sekarang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/bulk_dialog.py" line="108"/>
        <source>After</source>
        <translation>Sesudah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/bulk_dialog.py" line="108"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/bulk_dialog.py" line="136"/>
        <source>The request changed: preview again before applying.</source>
        <translation>Permintaan berubah: lihat pratinjau lagi sebelum menerapkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/bulk_dialog.py" line="163"/>
        <source>{change} reports will change; {skip} will be left as they are.</source>
        <translation>{change} laporan akan berubah; {skip} laporan dibiarkan apa adanya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/bulk_dialog.py" line="175"/>
        <location filename="../../desktop/ui/supervisor/bulk_dialog.py" line="194"/>
        <source>Not allowed</source>
        <translation>Tidak diizinkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/bulk_dialog.py" line="198"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/bulk_dialog.py" line="199"/>
        <source>{n} reports changed; each one&apos;s history says so.</source>
        <translation>{n} laporan diubah; hal ini tercatat dalam riwayat masing-masing.</translation>
    </message>
</context>
<context>
    <name>ColumnView</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/board/column.py" line="81"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n laporan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnWidget</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/board/column.py" line="207"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n terbuka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/board/column.py" line="209"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n lewat tenggat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/column.py" line="201"/>
        <source>★ suggested</source>
        <translation>★ disarankan</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="112"/>
        <source>Central database</source>
        <translation>Basis data pusat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="113"/>
        <source>The address your database administrator gave you. Test it before going on.</source>
        <translation>Alamat yang diberikan oleh administrator basis data Anda. Uji sebelum melanjutkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="114"/>
        <source>Database URL:</source>
        <translation>URL basis data:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="114"/>
        <source>TLS (sslmode):</source>
        <translation>TLS (sslmode):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="115"/>
        <source>Server CA certificate:</source>
        <translation>Sertifikat CA server:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="117"/>
        <source>as in the URL</source>
        <translation>sesuai URL</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="118"/>
        <source>root.crt, for sslmode verify-ca or verify-full</source>
        <translation>root.crt, untuk sslmode verify-ca atau verify-full</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="119"/>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="120"/>
        <source>Test connection</source>
        <translation>Uji koneksi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="144"/>
        <source>Server CA certificate</source>
        <translation>Sertifikat CA server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="145"/>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Sertifikat (*.crt *.pem);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="154"/>
        <source>the CA certificate file %1 does not exist</source>
        <translation>berkas sertifikat CA %1 tidak ada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="160"/>
        <source>Connecting…</source>
        <translation>Menghubungkan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="169"/>
        <source>Connected to %1: %2</source>
        <translation>Terhubung ke %1: %2</translation>
    </message>
</context>
<context>
    <name>DeadlineWatch</name>
    <message>
        <location filename="../../desktop/ui/board/watch.py" line="55"/>
        <source>EMERGENCY {reference}: {category} in {place}; first action within {time}</source>
        <translation>DARURAT {reference}: {category} di {place}; tindakan pertama dalam {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/watch.py" line="60"/>
        <source>{reference}: the emergency still has no first action; {time} left</source>
        <translation>{reference}: keadaan darurat ini belum mendapat tindakan pertama; sisa {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/watch.py" line="64"/>
        <source>{reference}: no first action within 15 minutes; the supervisors are alerted</source>
        <translation>{reference}: tidak ada tindakan pertama dalam 15 menit; supervisor telah diberi peringatan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/board/watch.py" line="72"/>
        <source>%n deadline(s) pass within the hour: {references}</source>
        <translation>
            <numerusform>%n tenggat berakhir dalam satu jam: {references}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="62"/>
        <source>Select a report to see its details.</source>
        <translation>Pilih laporan untuk melihat rinciannya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="130"/>
        <source>EMERGENCY</source>
        <translation>DARURAT</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="147"/>
        <source>Original photo (command centre only; location data removed)</source>
        <translation>Foto asli (hanya command center; data lokasi dihapus)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="148"/>
        <source>Photo with faces, plates and house numbers blurred</source>
        <translation>Foto dengan wajah, pelat nomor dan nomor rumah disamarkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="149"/>
        <source>Photo after handling</source>
        <translation>Foto setelah penanganan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="155"/>
        <source>Blur faces and plates for agencies…</source>
        <translation>Samarkan wajah dan pelat nomor untuk OPD…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="164"/>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="166"/>
        <source>Category:</source>
        <translation>Kategori:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="168"/>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="169"/>
        <source>Priority:</source>
        <translation>Prioritas:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="170"/>
        <source>Received:</source>
        <translation>Diterima:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="172"/>
        <source>First action:</source>
        <translation>Tindakan pertama:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="173"/>
        <source>Deadline:</source>
        <translation>Tenggat:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="174"/>
        <source>Address:</source>
        <translation>Alamat:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="176"/>
        <source>Area:</source>
        <translation>Wilayah:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="178"/>
        <source>No valid location ({problem}); not drawn on the map</source>
        <translation>Lokasi tidak valid ({problem}); tidak digambar di peta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="182"/>
        <source>Coordinates:</source>
        <translation>Koordinat:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="183"/>
        <source>{agency} (lead)</source>
        <translation>{agency} (utama)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="183"/>
        <source>{agency} (support)</source>
        <translation>{agency} (pendukung)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="185"/>
        <source>Agencies:</source>
        <translation>OPD:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="185"/>
        <source>Not dispatched yet</source>
        <translation>Belum didisposisi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="187"/>
        <source>Duplicate of:</source>
        <translation>Duplikat dari:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="191"/>
        <source>Citizen rating:</source>
        <translation>Penilaian warga:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="203"/>
        <source>overdue by {time}</source>
        <translation>lewat tenggat {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="204"/>
        <source>({time} left)</source>
        <translation>(sisa {time})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="213"/>
        <source>none yet — overdue by {time}</source>
        <translation>belum ada — lewat {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="214"/>
        <source>none yet — due within {time}</source>
        <translation>belum ada — harus dalam {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="217"/>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="222"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="222"/>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="222"/>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="222"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="231"/>
        <source>citizen</source>
        <translation>warga</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/pane.py" line="239"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="268"/>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="269"/>
        <source>Finish saves these settings; run the wizard again by deleting %1.</source>
        <translation>Selesai akan menyimpan pengaturan ini; jalankan wizard lagi dengan menghapus %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="275"/>
        <source>This computer works on its own embedded database.</source>
        <translation>Komputer ini bekerja dengan basis data tertanamnya sendiri.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="277"/>
        <source>Command-centre workstation on %1, with the identity key file.</source>
        <translation>Workstation command center pada %1, dengan berkas kunci identitas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="279"/>
        <source>Agency workstation on %1, without any identity key file.</source>
        <translation>Workstation OPD pada %1, tanpa berkas kunci identitas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="281"/>
        <source>Settings: %1
Data and cache: %2
Log files: %3</source>
        <translation>Pengaturan: %1
Data dan cache: %2
Berkas log: %3</translation>
    </message>
</context>
<context>
    <name>DuplicatesScreen</name>
    <message>
        <location filename="../../desktop/ui/duplicates/screen.py" line="110"/>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/duplicates/screen.py" line="110"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/duplicates/screen.py" line="110"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/duplicates/screen.py" line="110"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/duplicates/screen.py" line="111"/>
        <source>Distance</source>
        <translation>Jarak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/duplicates/screen.py" line="111"/>
        <source>Reporter</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/duplicates/screen.py" line="111"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/duplicates/screen.py" line="114"/>
        <source>Refresh</source>
        <translation>Segarkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/duplicates/screen.py" line="115"/>
        <source>Likely duplicates (same category, nearby, close in time)</source>
        <translation>Kemungkinan duplikat (kategori sama, lokasi berdekatan, waktu berdekatan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/duplicates/screen.py" line="116"/>
        <source>Merged incidents</source>
        <translation>Kejadian yang digabung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/duplicates/screen.py" line="117"/>
        <source>Merge into {mark} primary</source>
        <translation>Gabungkan ke laporan utama {mark}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/duplicates/screen.py" line="118"/>
        <source>Make selected the primary</source>
        <translation>Jadikan yang dipilih sebagai laporan utama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/duplicates/screen.py" line="119"/>
        <location filename="../../desktop/ui/duplicates/screen.py" line="235"/>
        <location filename="../../desktop/ui/duplicates/screen.py" line="241"/>
        <source>Not duplicates</source>
        <translation>Bukan duplikat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/duplicates/screen.py" line="120"/>
        <source>Un-merge selected</source>
        <translation>Pisahkan yang dipilih</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/duplicates/screen.py" line="146"/>
        <source>{metres} m</source>
        <translation>{metres} m</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/duplicates/screen.py" line="160"/>
        <source>%n likely duplicate group(s)</source>
        <translation>
            <numerusform>%n kelompok kemungkinan duplikat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/duplicates/screen.py" line="165"/>
        <source>{category} — %n report(s)</source>
        <translation>
            <numerusform>{category} — %n laporan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/duplicates/screen.py" line="224"/>
        <source>Merge duplicates</source>
        <translation>Gabungkan duplikat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/duplicates/screen.py" line="225"/>
        <source>Merge %n report(s) into {reference}? Every reporter is kept, each with their own privacy; you can un-merge later.</source>
        <translation>
            <numerusform>Gabungkan %n laporan ke {reference}? Setiap pelapor tetap tersimpan dengan privasinya masing-masing; Anda dapat memisahkannya kembali nanti.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/duplicates/screen.py" line="236"/>
        <source>Mark these reports as separate incidents? They will not be suggested together again.</source>
        <translation>Tandai laporan-laporan ini sebagai kejadian terpisah? Laporan ini tidak akan disarankan bersama lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/duplicates/screen.py" line="256"/>
        <source>Duplicates</source>
        <translation>Duplikat</translation>
    </message>
</context>
<context>
    <name>Escalations</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/board/escalations.py" line="79"/>
        <source>%n report(s) escalated to you: {references}</source>
        <translation>
            <numerusform>%n laporan dieskalasi kepada Anda: {references}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/board/escalations.py" line="83"/>
        <source>Escalations (%n)</source>
        <translation>
            <numerusform>Eskalasi (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/escalations.py" line="88"/>
        <source>first action overdue</source>
        <translation>tindakan pertama terlambat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/escalations.py" line="88"/>
        <source>deadline passed</source>
        <translation>tenggat terlewati</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/escalations.py" line="91"/>
        <source>Show report</source>
        <translation>Tampilkan laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/escalations.py" line="92"/>
        <source>Acknowledge</source>
        <translation>Tandai sudah dibaca</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/board/escalations.py" line="94"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… dan %n lainnya</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/ui/inbox/filters.py" line="163"/>
        <source>Search reference, description, address… (Ctrl+F)</source>
        <translation>Cari nomor, uraian, alamat… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/filters.py" line="164"/>
        <source>More filters</source>
        <translation>Filter lainnya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/filters.py" line="165"/>
        <source>Channel, agency, area, deadline, privacy and dates</source>
        <translation>Kanal, OPD, wilayah, tenggat, privasi dan tanggal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/filters.py" line="166"/>
        <source>Clear filters</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/filters.py" line="167"/>
        <source>Emergencies only</source>
        <translation>Hanya darurat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/filters.py" line="168"/>
        <source>Received from</source>
        <translation>Diterima dari</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/filters.py" line="169"/>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/filters.py" line="170"/>
        <source>Map area only  ✕</source>
        <translation>Hanya area peta  ✕</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/filters.py" line="171"/>
        <source>The list and the map show only the area you clicked; click to show all</source>
        <translation>Daftar dan peta hanya menampilkan area yang Anda klik; klik untuk menampilkan semua</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/filters.py" line="182"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/filters.py" line="183"/>
        <source>All open reports</source>
        <translation>Semua laporan terbuka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/filters.py" line="183"/>
        <source>Not yet dispatched</source>
        <translation>Belum didisposisi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/filters.py" line="186"/>
        <source>All categories</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/filters.py" line="188"/>
        <source>All channels</source>
        <translation>Semua kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/filters.py" line="190"/>
        <source>All agencies</source>
        <translation>Semua OPD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/filters.py" line="192"/>
        <source>All cities</source>
        <translation>Semua kota</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/filters.py" line="194"/>
        <source>Any deadline</source>
        <translation>Semua tenggat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/filters.py" line="195"/>
        <source>Overdue</source>
        <translation>Lewat tenggat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/filters.py" line="195"/>
        <source>Due within an hour</source>
        <translation>Tenggat dalam satu jam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/filters.py" line="196"/>
        <source>Any privacy</source>
        <translation>Semua privasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/filters.py" line="203"/>
        <source>Custom filter</source>
        <translation>Filter khusus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/filters.py" line="214"/>
        <source>All kecamatan</source>
        <translation>Semua kecamatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/filters.py" line="222"/>
        <source>All kelurahan</source>
        <translation>Semua kelurahan</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="322"/>
        <source>Cannot save the settings</source>
        <translation>Pengaturan tidak dapat disimpan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="328"/>
        <source>JakLapor Desk: first start</source>
        <translation>JakLapor Desk: penggunaan pertama</translation>
    </message>
</context>
<context>
    <name>HeatView</name>
    <message>
        <location filename="../../desktop/ui/supervisor/heat.py" line="69"/>
        <source>Colour the map by:</source>
        <translation>Warnai peta berdasarkan:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/heat.py" line="103"/>
        <source>Each disc is a kelurahan: pale yellow for the least, deep red for the most. Highest: {name}.</source>
        <translation>Setiap lingkaran adalah satu kelurahan: kuning pucat untuk yang paling sedikit, merah tua untuk yang paling banyak. Tertinggi: {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/heat.py" line="108"/>
        <source>Nothing to colour for this measure with the chosen period and filters. A share needs at least three reports in a kelurahan.</source>
        <translation>Tidak ada yang dapat diwarnai untuk ukuran ini dengan periode dan filter yang dipilih. Suatu persentase memerlukan sedikitnya tiga laporan di satu kelurahan.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/intake/dialog.py" line="152"/>
        <location filename="../../desktop/ui/intake/dialog.py" line="210"/>
        <location filename="../../desktop/ui/intake/dialog.py" line="312"/>
        <location filename="../../desktop/ui/intake/dialog.py" line="317"/>
        <location filename="../../desktop/ui/intake/dialog.py" line="330"/>
        <source>Import reports</source>
        <translation>Impor laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/dialog.py" line="153"/>
        <source>File:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/dialog.py" line="154"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/dialog.py" line="155"/>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/dialog.py" line="156"/>
        <source>Choose file…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/dialog.py" line="157"/>
        <source>Open311 GeoReport v2 (JSON or XML)</source>
        <translation>Open311 GeoReport v2 (JSON atau XML)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/dialog.py" line="158"/>
        <source>CSV with a column mapping</source>
        <translation>CSV dengan pemetaan kolom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/dialog.py" line="161"/>
        <source>Column mapping</source>
        <translation>Pemetaan kolom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/dialog.py" line="162"/>
        <source>Saved:</source>
        <translation>Tersimpan:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/dialog.py" line="163"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/dialog.py" line="164"/>
        <location filename="../../desktop/ui/intake/dialog.py" line="294"/>
        <source>Save mapping</source>
        <translation>Simpan pemetaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/dialog.py" line="165"/>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/dialog.py" line="166"/>
        <source>Delimiter:</source>
        <translation>Pemisah:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/dialog.py" line="167"/>
        <source>Unrecognised category:</source>
        <translation>Kategori tidak dikenal:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/dialog.py" line="177"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/dialog.py" line="178"/>
        <source>Cancel import</source>
        <translation>Batalkan impor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/dialog.py" line="179"/>
        <source>Save report…</source>
        <translation>Simpan laporan impor…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/dialog.py" line="180"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/dialog.py" line="200"/>
        <source>Choose a file to import</source>
        <translation>Pilih berkas untuk diimpor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/dialog.py" line="201"/>
        <source>Report files (*.json *.xml *.csv);;All files (*)</source>
        <translation>Berkas laporan (*.json *.xml *.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/dialog.py" line="218"/>
        <source>Ready to import {name}.</source>
        <translation>Siap mengimpor {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/dialog.py" line="242"/>
        <source>— not in the file —</source>
        <translation>— tidak ada di berkas —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/dialog.py" line="247"/>
        <source>{column} (missing)</source>
        <translation>{column} (tidak ada)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/dialog.py" line="298"/>
        <source>Mapping “{name}” saved.</source>
        <translation>Pemetaan “{name}” disimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/dialog.py" line="312"/>
        <source>Choose a file to import first.</source>
        <translation>Pilih berkas untuk diimpor terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/dialog.py" line="323"/>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/dialog.py" line="356"/>
        <source>Cancelling… nothing from this file will be kept.</source>
        <translation>Membatalkan… tidak ada isi berkas ini yang akan disimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/dialog.py" line="362"/>
        <source>Import cancelled: nothing from {name} was imported.</source>
        <translation>Impor dibatalkan: tidak ada isi {name} yang diimpor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/dialog.py" line="366"/>
        <source>{name}: {imported} imported, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>{name}: {imported} diimpor, {updated} diperbarui, {unchanged} tidak berubah, {rejected} ditolak.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/dialog.py" line="377"/>
        <source>Report saved to {path}.</source>
        <translation>Laporan impor disimpan ke {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/dialog.py" line="382"/>
        <source>Save import report</source>
        <translation>Simpan laporan impor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/dialog.py" line="383"/>
        <source>Text files (*.txt)</source>
        <translation>Berkas teks (*.txt)</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/inbox/panel.py" line="124"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n laporan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeScreen</name>
    <message>
        <location filename="../../desktop/ui/intake/screen.py" line="96"/>
        <source>Import file…</source>
        <translation>Impor berkas…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/screen.py" line="97"/>
        <source>Open311 JSON</source>
        <translation>Open311 JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/screen.py" line="97"/>
        <source>Open311 XML</source>
        <translation>Open311 XML</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/screen.py" line="98"/>
        <source>GeoJSON</source>
        <translation>GeoJSON</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/screen.py" line="98"/>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (lembar kerja)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/screen.py" line="101"/>
        <source>Open reports only</source>
        <translation>Hanya laporan terbuka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/screen.py" line="102"/>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/screen.py" line="103"/>
        <source>Drop folders</source>
        <translation>Folder masukan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/screen.py" line="105"/>
        <source>Files put in {root}/&lt;channel&gt;/ are imported as that channel&apos;s reports (.json and .xml as Open311, .csv with the channel&apos;s saved mapping) and moved to imported/ or failed/ with their report. Write large files under a name starting with &quot;.&quot; and rename them when complete.</source>
        <translation>Berkas yang diletakkan di {root}/&lt;channel&gt;/ diimpor sebagai laporan kanal tersebut (.json dan .xml sebagai Open311, .csv dengan pemetaan tersimpan milik kanal itu) lalu dipindahkan ke imported/ atau failed/ beserta laporan impornya. Tulis berkas besar dengan nama yang diawali &quot;.&quot; dan ganti namanya setelah selesai.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/screen.py" line="108"/>
        <source>Check now</source>
        <translation>Periksa sekarang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/screen.py" line="110"/>
        <source>Started</source>
        <translation>Dimulai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/screen.py" line="110"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/screen.py" line="110"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/screen.py" line="110"/>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/screen.py" line="110"/>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/screen.py" line="111"/>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/screen.py" line="111"/>
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/screen.py" line="111"/>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/screen.py" line="112"/>
        <source>Save report…</source>
        <translation>Simpan laporan impor…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/screen.py" line="132"/>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/screen.py" line="132"/>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/screen.py" line="132"/>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/screen.py" line="179"/>
        <location filename="../../desktop/ui/intake/screen.py" line="190"/>
        <location filename="../../desktop/ui/intake/screen.py" line="192"/>
        <source>Export reports</source>
        <translation>Ekspor laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/screen.py" line="180"/>
        <source>{kind} (*{suffix})</source>
        <translation>{kind} (*{suffix})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/intake/screen.py" line="193"/>
        <source>%n report(s) exported to {path}. Reporter identities and confidential details are never exported.</source>
        <translation>
            <numerusform>%n laporan diekspor ke {path}. Identitas pelapor dan rincian rahasia tidak pernah diekspor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="223"/>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="238"/>
        <source>Identity key file</source>
        <translation>Berkas kunci identitas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="224"/>
        <source>The key that opens reporters&apos; identities after a reveal.</source>
        <translation>Kunci untuk membuka identitas pelapor setelah permintaan buka identitas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="225"/>
        <source>Choose the key file the key custodian gave you (identity.key). It is copied into this installation, readable only by you; the database never holds it.</source>
        <translation>Pilih berkas kunci yang diberikan oleh pemegang kunci kepada Anda (identity.key). Berkas ini disalin ke instalasi ini dan hanya dapat dibaca oleh Anda; basis data tidak pernah menyimpannya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="228"/>
        <source>Choose key file…</source>
        <translation>Pilih berkas kunci…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="239"/>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Berkas kunci (*.key);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="253"/>
        <source>Valid key file (key %1).</source>
        <translation>Berkas kunci valid (kunci %1).</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/login/dialog.py" line="68"/>
        <source>JakLapor Desk — Log in</source>
        <translation>JakLapor Desk — Masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/dialog.py" line="69"/>
        <source>JakLapor Desk</source>
        <translation>JakLapor Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/dialog.py" line="70"/>
        <source>Database: {name}</source>
        <translation>Basis data: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/dialog.py" line="71"/>
        <source>Username:</source>
        <translation>Nama pengguna:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/dialog.py" line="72"/>
        <source>Password:</source>
        <translation>Kata sandi:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/dialog.py" line="73"/>
        <source>Log in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/dialog.py" line="76"/>
        <source>Demo accounts (password: {password}) — pick one:</source>
        <translation>Akun demo (kata sandi: {password}) — pilih salah satu:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/dialog.py" line="77"/>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/dialog.py" line="77"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/dialog.py" line="105"/>
        <source>Enter your username.</source>
        <translation>Masukkan nama pengguna Anda.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login/dialog.py" line="117"/>
        <source>Wrong username or password, or the account is disabled.</source>
        <translation>Nama pengguna atau kata sandi salah, atau akun dinonaktifkan.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="154"/>
        <source>JakLapor Desk — Command centre</source>
        <translation>JakLapor Desk — Command center</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="158"/>
        <source>Your role has no report screens.</source>
        <translation>Peran Anda tidak memiliki layar laporan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="160"/>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="161"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="162"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="163"/>
        <source>&amp;Settings</source>
        <translation>&amp;Pengaturan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="164"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="165"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="166"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Segarkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="167"/>
        <source>S&amp;ync now</source>
        <translation>S&amp;inkronkan sekarang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="168"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="169"/>
        <source>&amp;Search reports</source>
        <translation>&amp;Cari laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="170"/>
        <source>&amp;Next report</source>
        <translation>Laporan beri&amp;kutnya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="171"/>
        <source>&amp;Previous report</source>
        <translation>Laporan sebe&amp;lumnya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="172"/>
        <source>&amp;Open report detail</source>
        <translation>B&amp;uka rincian laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="173"/>
        <source>Toggle &amp;map/list</source>
        <translation>Ganti &amp;peta/daftar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="174"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan keyboard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="175"/>
        <source>&amp;About JakLapor Desk</source>
        <translation>&amp;Tentang JakLapor Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="179"/>
        <source>User: {name} ({role}{agency})</source>
        <translation>Pengguna: {name} ({role}{agency})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="181"/>
        <source>Database: {name}</source>
        <translation>Basis data: {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main/window.py" line="197"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n laporan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="212"/>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="215"/>
        <source>About JakLapor Desk</source>
        <translation>Tentang JakLapor Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/window.py" line="216"/>
        <source>JakLapor Desk {version}
The command centre&apos;s back office for citizen reports.</source>
        <translation>JakLapor Desk {version}
Sistem back office command center untuk laporan warga.</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <location filename="../../desktop/map/widget.py" line="94"/>
        <source>reports</source>
        <translation>laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/map/widget.py" line="95"/>
        <source>Basemap offline: no map tiles can be loaded; reports are still shown</source>
        <translation>Peta dasar offline: tidak ada ubin peta yang dapat dimuat; laporan tetap ditampilkan</translation>
    </message>
    <message>
        <location filename="../../desktop/map/widget.py" line="96"/>
        <source>Basemap partly offline: some map tiles cannot be loaded</source>
        <translation>Peta dasar sebagian offline: beberapa ubin peta tidak dapat dimuat</translation>
    </message>
    <message>
        <location filename="../../desktop/map/widget.py" line="97"/>
        <source>Emergency</source>
        <translation>Darurat</translation>
    </message>
    <message>
        <location filename="../../desktop/map/widget.py" line="98"/>
        <source>This report has no valid location, so it is not on the map</source>
        <translation>Laporan ini tidak memiliki lokasi yang valid, sehingga tidak ada di peta</translation>
    </message>
</context>
<context>
    <name>ModePage</name>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="62"/>
        <source>Welcome to JakLapor Desk</source>
        <translation>Selamat datang di JakLapor Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="63"/>
        <source>How will this computer work?</source>
        <translation>Bagaimana komputer ini akan bekerja?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="64"/>
        <source>A single workstation, with its own database on this computer</source>
        <translation>Satu workstation, dengan basis data sendiri di komputer ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="65"/>
        <source>No server needed; starts with the demo city of Jakarta reports.</source>
        <translation>Tidak memerlukan server; dimulai dengan data demo laporan kota Jakarta.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="66"/>
        <source>A client of the central database</source>
        <translation>Klien basis data pusat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="67"/>
        <source>For the command centre and the agencies: everyone works on the same reports on the central PostgreSQL server.</source>
        <translation>Untuk command center dan OPD: semua pengguna bekerja pada laporan yang sama di server PostgreSQL pusat.</translation>
    </message>
</context>
<context>
    <name>PreparingNotice</name>
    <message>
        <location filename="../../desktop/ui/startup.py" line="13"/>
        <source>Preparing the demo database of Jakarta reports…</source>
        <translation>Menyiapkan basis data demo laporan Jakarta…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="14"/>
        <source>Connecting to the central database…</source>
        <translation>Menghubungkan ke basis data pusat…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="22"/>
        <source>Cannot open the database</source>
        <translation>Basis data tidak dapat dibuka</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="17"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="17"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="18"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="18"/>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="19"/>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="19"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="20"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="20"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="21"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="21"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="22"/>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="22"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>RedactDialog</name>
    <message>
        <location filename="../../desktop/ui/redact/dialog.py" line="172"/>
        <source>Blur the photo for agencies</source>
        <translation>Samarkan foto untuk OPD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/redact/dialog.py" line="174"/>
        <source>Drag rectangles over faces, number plates and house numbers; right-click one to remove it. Agencies only ever see the blurred copy; the original stays in the command centre.</source>
        <translation>Seret persegi panjang di atas wajah, pelat nomor dan nomor rumah; klik kanan pada persegi untuk menghapusnya. OPD hanya melihat salinan yang disamarkan; foto asli tetap di command center.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/redact/dialog.py" line="176"/>
        <source>Suggest faces</source>
        <translation>Sarankan wajah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/redact/dialog.py" line="177"/>
        <source>Clear</source>
        <translation>Bersihkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/redact/dialog.py" line="178"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/redact/dialog.py" line="179"/>
        <source>Save blurred copy for agencies</source>
        <translation>Simpan salinan tersamar untuk OPD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/redact/dialog.py" line="194"/>
        <source>This report has no original photo.</source>
        <translation>Laporan ini tidak memiliki foto asli.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/redact/dialog.py" line="205"/>
        <source>%n region(s) to blur</source>
        <translation>
            <numerusform>%n area akan disamarkan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/redact/dialog.py" line="217"/>
        <source>No faces found; draw the rectangles yourself.</source>
        <translation>Tidak ada wajah yang ditemukan; gambar persegi panjangnya sendiri.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/redact/dialog.py" line="228"/>
        <source>Cannot save</source>
        <translation>Tidak dapat menyimpan</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <location filename="../../desktop/ui/inbox/model.py" line="99"/>
        <source>No valid location</source>
        <translation>Lokasi tidak valid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/model.py" line="104"/>
        <source>Received: {time}</source>
        <translation>Diterima: {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/model.py" line="106"/>
        <source>Agency: {name}</source>
        <translation>OPD: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/model.py" line="108"/>
        <source>Emergency</source>
        <translation>Darurat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/model.py" line="114"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/model.py" line="114"/>
        <source>Reference</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/model.py" line="114"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/model.py" line="114"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/model.py" line="115"/>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/model.py" line="115"/>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
</context>
<context>
    <name>ReporterSection</name>
    <message>
        <location filename="../../desktop/ui/detail/reporter.py" line="62"/>
        <source>Reporter</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/reporter.py" line="64"/>
        <source>Show identity</source>
        <translation>Tampilkan identitas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/reporter.py" line="75"/>
        <source>Agencies never see who reported: the reporter&apos;s identity stays with the command centre.</source>
        <translation>OPD tidak pernah melihat siapa pelapornya: identitas pelapor tetap berada di command center.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/reporter.py" line="77"/>
        <source>Anonymous report: no identity is stored.</source>
        <translation>Laporan anonim: tidak ada identitas yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/reporter.py" line="79"/>
        <source>No identity is stored for this report (never given, or removed after the retention period).</source>
        <translation>Tidak ada identitas yang disimpan untuk laporan ini (tidak pernah diberikan, atau dihapus setelah masa retensi).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/reporter.py" line="82"/>
        <source>Identity protected (confidential). It can only be revealed with a written reason and a supervisor&apos;s approval, and every reveal is audited.</source>
        <translation>Identitas dilindungi (rahasia). Identitas hanya dapat dibuka dengan alasan tertulis dan persetujuan supervisor, dan setiap pembukaan tercatat di log audit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/reporter.py" line="84"/>
        <source>Identity protected. It is stored encrypted and shown only on an audited reveal with a written reason.</source>
        <translation>Identitas dilindungi. Disimpan terenkripsi dan hanya ditampilkan melalui permintaan dengan alasan tertulis yang tercatat di log audit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/reporter.py" line="100"/>
        <source>Your request is waiting for a supervisor&apos;s approval.</source>
        <translation>Permintaan Anda menunggu persetujuan supervisor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/reporter.py" line="102"/>
        <source>A supervisor approved your request: you can show the identity now.</source>
        <translation>Supervisor telah menyetujui permintaan Anda: Anda dapat menampilkan identitas sekarang.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail/reporter.py" line="104"/>
        <source>A supervisor denied your request: {note}</source>
        <translation>Supervisor menolak permintaan Anda: {note}</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <location filename="../../desktop/ui/reveal/dialog.py" line="161"/>
        <source>Show the reporter&apos;s identity</source>
        <translation>Tampilkan identitas pelapor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reveal/dialog.py" line="162"/>
        <location filename="../../desktop/ui/reveal/dialog.py" line="182"/>
        <source>Reporter of {reference}</source>
        <translation>Pelapor {reference}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reveal/dialog.py" line="165"/>
        <source>This report is confidential ({privacy}). Your request and reason go to a supervisor; once another supervisor approves it, you can show the identity once. Everything is audited.</source>
        <translation>Laporan ini rahasia ({privacy}). Permintaan dan alasan Anda dikirim ke supervisor; setelah supervisor lain menyetujuinya, Anda dapat menampilkan identitas satu kali. Semuanya tercatat di log audit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reveal/dialog.py" line="170"/>
        <source>Write why you need to contact the reporter. Your name, the time and the reason are recorded in the audit log before the identity is shown, once, for {seconds} seconds.</source>
        <translation>Tuliskan alasan Anda perlu menghubungi pelapor. Nama Anda, waktu dan alasan dicatat di log audit sebelum identitas ditampilkan satu kali selama {seconds} detik.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reveal/dialog.py" line="174"/>
        <source>I have read the data-handling code of conduct and I accept it</source>
        <translation>Saya telah membaca kode etik penanganan data dan menyetujuinya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reveal/dialog.py" line="175"/>
        <source>Reason (at least a sentence):</source>
        <translation>Alasan (sedikitnya satu kalimat):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reveal/dialog.py" line="176"/>
        <source>e.g. The location is unclear; I need to call the reporter to find the fallen tree.</source>
        <translation>mis. Lokasinya tidak jelas; saya perlu menelepon pelapor untuk menemukan pohon tumbang.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reveal/dialog.py" line="178"/>
        <source>Request approval</source>
        <translation>Minta persetujuan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reveal/dialog.py" line="179"/>
        <source>Record reason and show</source>
        <translation>Catat alasan dan tampilkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reveal/dialog.py" line="180"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reveal/dialog.py" line="181"/>
        <location filename="../../desktop/ui/reveal/dialog.py" line="189"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reveal/dialog.py" line="183"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reveal/dialog.py" line="183"/>
        <source>Phone:</source>
        <translation>Telepon:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reveal/dialog.py" line="184"/>
        <source>E-mail:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reveal/dialog.py" line="184"/>
        <source>NIK:</source>
        <translation>NIK:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reveal/dialog.py" line="186"/>
        <source>Hide now</source>
        <translation>Sembunyikan sekarang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reveal/dialog.py" line="187"/>
        <source>The identity is hidden again. It was not stored on this workstation; a new reveal needs a new reason.</source>
        <translation>Identitas disembunyikan kembali. Identitas tidak disimpan di workstation ini; pembukaan baru memerlukan alasan baru.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reveal/dialog.py" line="204"/>
        <source>Approved request</source>
        <translation>Permintaan disetujui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reveal/dialog.py" line="215"/>
        <source>Accept the code of conduct before your first reveal.</source>
        <translation>Setujui kode etik sebelum pembukaan identitas pertama Anda.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reveal/dialog.py" line="224"/>
        <location filename="../../desktop/ui/reveal/dialog.py" line="243"/>
        <source>Refused: {why}. The attempt was recorded.</source>
        <translation>Ditolak: {why}. Upaya ini telah dicatat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reveal/dialog.py" line="231"/>
        <source>Your request was sent to the supervisors. When one approves it, open this report again and press &quot;Show identity&quot;. The request expires at {time}.</source>
        <translation>Permintaan Anda telah dikirim ke supervisor. Setelah salah satu menyetujuinya, buka laporan ini lagi dan tekan &quot;Tampilkan identitas&quot;. Permintaan kedaluwarsa pada {time}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reveal/dialog.py" line="252"/>
        <source>Reason recorded: {reason}</source>
        <translation>Alasan dicatat: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reveal/dialog.py" line="260"/>
        <source>Hidden again in {seconds} s</source>
        <translation>Disembunyikan kembali dalam {seconds} dtk</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="186"/>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="187"/>
        <source>Where does this computer stand?</source>
        <translation>Di mana komputer ini digunakan?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="188"/>
        <source>Command centre</source>
        <translation>Command center</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="189"/>
        <source>Officers and supervisors: can open a reporter&apos;s identity after an audited reveal, so it needs the identity key file.</source>
        <translation>Petugas dan supervisor: dapat membuka identitas pelapor setelah pembukaan yang tercatat di log audit, sehingga memerlukan berkas kunci identitas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="191"/>
        <source>Agency (OPD)</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/firstrun/wizard.py" line="192"/>
        <source>Agency staff never see reporter identity: this computer must not hold the key file.</source>
        <translation>Petugas OPD tidak pernah melihat identitas pelapor: komputer ini tidak boleh menyimpan berkas kunci.</translation>
    </message>
</context>
<context>
    <name>SupervisorPanel</name>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="130"/>
        <source>Reports received</source>
        <translation>Laporan diterima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="134"/>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="134"/>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="134"/>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="135"/>
        <source>Last month</source>
        <translation>Bulan lalu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="135"/>
        <source>Last 90 days</source>
        <translation>90 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="135"/>
        <source>Last 180 days</source>
        <translation>180 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="138"/>
        <source>Chosen dates</source>
        <translation>Tanggal pilihan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="141"/>
        <source>Apply the inbox&apos;s filters</source>
        <translation>Terapkan filter kotak masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="143"/>
        <source>Count only the reports the inbox&apos;s filters select (the period still applies)</source>
        <translation>Hitung hanya laporan yang terpilih oleh filter kotak masuk (periode tetap berlaku)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="144"/>
        <source>Refresh</source>
        <translation>Segarkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="145"/>
        <source>Act on reports…</source>
        <translation>Tindak lanjuti laporan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="146"/>
        <source>Select a number in a queue table, then act on those reports at once</source>
        <translation>Pilih angka di tabel antrean, lalu tindak lanjuti laporan-laporan tersebut sekaligus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="147"/>
        <source>PDF report…</source>
        <translation>Laporan PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="148"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="149"/>
        <source>Queues</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="149"/>
        <source>Goal achievement</source>
        <translation>Pencapaian tujuan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="149"/>
        <source>Integration</source>
        <translation>Integrasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="150"/>
        <source>Adaptation</source>
        <translation>Adaptasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="150"/>
        <source>Heat map</source>
        <translation>Peta sebaran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="218"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="224"/>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="244"/>
        <source>Filters: {filters}</source>
        <translation>Filter: {filters}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="245"/>
        <source>No filters: every report counts.</source>
        <translation>Tanpa filter: semua laporan dihitung.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="292"/>
        <source>Show these reports on the map and in the list</source>
        <translation>Tampilkan laporan-laporan ini di peta dan di daftar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="293"/>
        <source>Act on these reports…</source>
        <translation>Tindak lanjuti laporan-laporan ini…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="300"/>
        <location filename="../../desktop/ui/supervisor/panel.py" line="321"/>
        <source>Act on reports</source>
        <translation>Tindak lanjuti laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="301"/>
        <source>First select a number in one of the queue tables: the reports it counts are the ones acted on.</source>
        <translation>Pilih terlebih dahulu angka di salah satu tabel antrean: laporan yang dihitung oleh angka itulah yang ditindaklanjuti.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="308"/>
        <source>command centre</source>
        <translation>command center</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="314"/>
        <source>overdue</source>
        <translation>lewat tenggat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="322"/>
        <source>More than {limit} reports are chosen; one bulk action handles at most {limit}. Choose a smaller group.</source>
        <translation>Lebih dari {limit} laporan dipilih; satu tindakan massal menangani paling banyak {limit}. Pilih kelompok yang lebih kecil.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="346"/>
        <source>Save the review as PDF</source>
        <translation>Simpan tinjauan sebagai PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="346"/>
        <source>PDF report (*.pdf)</source>
        <translation>Laporan PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="357"/>
        <location filename="../../desktop/ui/supervisor/panel.py" line="359"/>
        <source>PDF report</source>
        <translation>Laporan PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="359"/>
        <location filename="../../desktop/ui/supervisor/panel.py" line="373"/>
        <source>Saved {path}</source>
        <translation>Tersimpan {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="365"/>
        <source>Save the review&apos;s figures as CSV</source>
        <translation>Simpan angka tinjauan sebagai CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="365"/>
        <source>CSV file (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/panel.py" line="371"/>
        <location filename="../../desktop/ui/supervisor/panel.py" line="373"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../desktop/ui/sync/screen.py" line="90"/>
        <source>This workstation works directly on the database: there is nothing to synchronise.</source>
        <translation>Workstation ini bekerja langsung pada basis data: tidak ada yang perlu disinkronkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/screen.py" line="92"/>
        <source>Reports on this workstation (usable offline)</source>
        <translation>Laporan di workstation ini (dapat digunakan offline)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/screen.py" line="93"/>
        <source>Reference</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/screen.py" line="93"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/screen.py" line="93"/>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/screen.py" line="94"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/screen.py" line="95"/>
        <source>Note on the selected report…</source>
        <translation>Catatan untuk laporan yang dipilih…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/screen.py" line="96"/>
        <source>Add note</source>
        <translation>Tambah catatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/screen.py" line="97"/>
        <source>Decided against you by the central database</source>
        <translation>Diputuskan berbeda oleh basis data pusat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/screen.py" line="98"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/screen.py" line="98"/>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/screen.py" line="98"/>
        <source>What happened</source>
        <translation>Yang terjadi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/screen.py" line="99"/>
        <source>Your text (kept)</source>
        <translation>Teks Anda (disimpan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/screen.py" line="99"/>
        <source>Text now</source>
        <translation>Teks sekarang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/screen.py" line="141"/>
        <source>Text replaced</source>
        <translation>Teks yang diganti</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/screen.py" line="158"/>
        <source>The note was not added</source>
        <translation>Catatan tidak ditambahkan</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../desktop/ui/sync/status.py" line="44"/>
        <source>Log in again to sync</source>
        <translation>Masuk lagi untuk sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status.py" line="46"/>
        <source>Connecting…</source>
        <translation>Menghubungkan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status.py" line="48"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status.py" line="50"/>
        <source>Not synced yet</source>
        <translation>Belum disinkronkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status.py" line="52"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync/status.py" line="55"/>
        <source>%n action(s) waiting</source>
        <translation>
            <numerusform>%n tindakan menunggu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status.py" line="56"/>
        <source>Last sync: {time}</source>
        <translation>Sinkronisasi terakhir: {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status.py" line="57"/>
        <source>Last sync: never</source>
        <translation>Sinkronisasi terakhir: belum pernah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/status.py" line="62"/>
        <source>First sync %p%</source>
        <translation>Sinkronisasi pertama %p%</translation>
    </message>
</context>
<context>
    <name>TableBox</name>
    <message>
        <location filename="../../desktop/ui/supervisor/section.py" line="73"/>
        <source>Double-click to see these reports on the map and in the list</source>
        <translation>Klik dua kali untuk melihat laporan-laporan ini di peta dan di daftar</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../../desktop/ui/users/panel.py" line="92"/>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users/panel.py" line="92"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users/panel.py" line="92"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users/panel.py" line="93"/>
        <source>Agency</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users/panel.py" line="93"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users/panel.py" line="93"/>
        <source>Code of conduct</source>
        <translation>Kode etik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users/panel.py" line="94"/>
        <source>Selected account</source>
        <translation>Akun terpilih</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users/panel.py" line="95"/>
        <source>New account</source>
        <translation>Akun baru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users/panel.py" line="96"/>
        <location filename="../../desktop/ui/users/panel.py" line="98"/>
        <source>Role:</source>
        <translation>Peran:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users/panel.py" line="96"/>
        <location filename="../../desktop/ui/users/panel.py" line="99"/>
        <source>Agency:</source>
        <translation>OPD:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users/panel.py" line="97"/>
        <source>New password:</source>
        <translation>Kata sandi baru:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users/panel.py" line="98"/>
        <source>Username:</source>
        <translation>Nama pengguna:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users/panel.py" line="98"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users/panel.py" line="99"/>
        <source>Password:</source>
        <translation>Kata sandi:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users/panel.py" line="102"/>
        <source>Account enabled</source>
        <translation>Akun diaktifkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users/panel.py" line="103"/>
        <source>leave empty to keep the password</source>
        <translation>kosongkan untuk mempertahankan kata sandi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users/panel.py" line="104"/>
        <source>Apply changes</source>
        <translation>Terapkan perubahan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users/panel.py" line="105"/>
        <source>Create account</source>
        <translation>Buat akun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users/panel.py" line="155"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users/panel.py" line="155"/>
        <source>disabled</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users/panel.py" line="156"/>
        <source>accepted</source>
        <translation>disetujui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users/panel.py" line="204"/>
        <source>Saved the changes to {user}.</source>
        <translation>Perubahan pada {user} disimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users/panel.py" line="219"/>
        <source>Created {user} ({role}).</source>
        <translation>Akun {user} ({role}) dibuat.</translation>
    </message>
</context>
<context>
    <name>access</name>
    <message>
        <location filename="../../desktop/services/access.py" line="15"/>
        <source>{role} may not do this ({permission}).</source>
        <translation>{role} tidak berwenang melakukan ini ({permission}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/access.py" line="16"/>
        <source>this report does not exist or is not yours to see</source>
        <translation>laporan ini tidak ada atau bukan wewenang Anda untuk melihatnya</translation>
    </message>
    <message>
        <location filename="../../desktop/services/handling.py" line="38"/>
        <source>this account belongs to no agency</source>
        <translation>akun ini tidak terdaftar pada OPD mana pun</translation>
    </message>
    <message>
        <location filename="../../desktop/services/photos.py" line="29"/>
        <source>only the command centre handles original photos and their redaction</source>
        <translation>hanya pusat komando yang menangani foto asli dan penyamarannya</translation>
    </message>
    <message>
        <location filename="../../desktop/services/photos.py" line="30"/>
        <source>{role} may not add a photo of kind {kind}.</source>
        <translation>{role} tidak berwenang menambahkan foto jenis {kind}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/photos.py" line="31"/>
        <source>this photo does not exist or is not yours to see</source>
        <translation>foto ini tidak ada atau bukan wewenang Anda untuk melihatnya</translation>
    </message>
    <message>
        <location filename="../../desktop/services/photos.py" line="32"/>
        <source>redact an original photo of a report</source>
        <translation>samarkan foto asli sebuah laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/services/escalation.py" line="38"/>
        <source>only a supervisor acknowledges escalations</source>
        <translation>hanya supervisor yang menanggapi eskalasi</translation>
    </message>
    <message>
        <location filename="../../desktop/services/escalation.py" line="39"/>
        <source>this escalation does not exist</source>
        <translation>eskalasi ini tidak ada</translation>
    </message>
    <message>
        <location filename="../../desktop/services/report_actions.py" line="31"/>
        <source>this report does not exist or is not yours to act on</source>
        <translation>laporan ini tidak ada atau bukan wewenang Anda untuk menindaklanjutinya</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../desktop/services/dispatch.py" line="29"/>
        <source>Re-routing a report needs a written reason.</source>
        <translation>Mengalihkan laporan memerlukan alasan tertulis.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/dispatch.py" line="30"/>
        <source>There is nothing to undo.</source>
        <translation>Tidak ada yang bisa dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/dispatch.py" line="31"/>
        <source>{agency} has already accepted it, so it can no longer be undone.</source>
        <translation>{agency} sudah menerimanya, jadi tidak bisa dibatalkan lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/dispatch.py" line="32"/>
        <source>It has changed since (it is now {target}), so it can no longer be undone.</source>
        <translation>Laporan sudah berubah sejak itu (sekarang {target}), jadi tidak bisa dibatalkan lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/handling.py" line="29"/>
        <source>Your agency has no open part in this report.</source>
        <translation>Instansi Anda tidak punya bagian terbuka dalam laporan ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/handling.py" line="30"/>
        <source>Only the lead agency ({agency}) can do this; your agency supports this report.</source>
        <translation>Hanya instansi utama ({agency}) yang bisa melakukan ini; instansi Anda mendukung laporan ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/handling.py" line="32"/>
        <source>Your agency has already accepted this report.</source>
        <translation>Instansi Anda sudah menerima laporan ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/handling.py" line="33"/>
        <source>The note is empty; write what was done or found.</source>
        <translation>Catatan kosong; tulis apa yang dikerjakan atau ditemukan.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/handling.py" line="34"/>
        <source>The note is {length} characters long; the limit is {limit}.</source>
        <translation>Catatan sepanjang {length} karakter; batasnya {limit}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/handling.py" line="35"/>
        <source>Handing a report back needs a written reason, so the command centre knows where it belongs.</source>
        <translation>Mengembalikan laporan memerlukan alasan tertulis, agar pusat komando tahu ke mana laporan itu seharusnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/handling.py" line="37"/>
        <source>The photo was not added: {problem}</source>
        <translation>Foto tidak ditambahkan: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/escalation.py" line="35"/>
        <source>This escalation was already acknowledged.</source>
        <translation>Eskalasi ini sudah ditanggapi.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/escalation.py" line="36"/>
        <source>Escalating a report needs a written reason.</source>
        <translation>Mengeskalasi laporan memerlukan alasan tertulis.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/escalation.py" line="37"/>
        <source>A report that is {current} cannot be escalated.</source>
        <translation>Laporan berstatus {current} tidak bisa dieskalasi.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/report_actions.py" line="27"/>
        <source>Someone else changed this report meanwhile (it is now {target}); nothing was changed. The current state is shown now.</source>
        <translation>Orang lain mengubah laporan ini sementara itu (sekarang {target}); tidak ada yang diubah. Keadaan terkini kini ditampilkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/report_actions.py" line="30"/>
        <source>There is no agency with the code {agency}.</source>
        <translation>Tidak ada OPD dengan kode {agency}.</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="26"/>
        <source>Logged in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="27"/>
        <source>Failed login</source>
        <translation>Gagal masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="28"/>
        <source>Reveal requested</source>
        <translation>Buka identitas diminta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="29"/>
        <source>Reveal approved</source>
        <translation>Buka identitas disetujui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="30"/>
        <source>Reveal denied</source>
        <translation>Buka identitas ditolak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="31"/>
        <source>Identity shown</source>
        <translation>Identitas ditampilkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="32"/>
        <source>Reveal refused</source>
        <translation>Buka identitas tidak diizinkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="33"/>
        <source>Approval refused</source>
        <translation>Persetujuan tidak diizinkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="34"/>
        <source>Denial refused</source>
        <translation>Penolakan tidak diizinkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="35"/>
        <source>Code of conduct accepted</source>
        <translation>Kode etik disetujui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="36"/>
        <source>Identities purged (retention)</source>
        <translation>Identitas dihapus (retensi)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="37"/>
        <source>Photo blurred for agencies</source>
        <translation>Foto disamarkan untuk OPD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="38"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="39"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="40"/>
        <source>Account created</source>
        <translation>Akun dibuat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="41"/>
        <source>Role changed</source>
        <translation>Peran diubah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="42"/>
        <source>Account disabled</source>
        <translation>Akun dinonaktifkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="43"/>
        <source>Account enabled</source>
        <translation>Akun diaktifkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="44"/>
        <source>Password reset</source>
        <translation>Kata sandi direset</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="45"/>
        <source>Account change refused</source>
        <translation>Perubahan akun tidak diizinkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="48"/>
        <source>Last 24 hours</source>
        <translation>24 jam terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="49"/>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="50"/>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="51"/>
        <source>All time</source>
        <translation>Semua waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="65"/>
        <source>reason</source>
        <translation>alasan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="66"/>
        <source>note</source>
        <translation>catatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="67"/>
        <source>request</source>
        <translation>permintaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="68"/>
        <source>needs approval</source>
        <translation>perlu persetujuan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="69"/>
        <source>refused</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="70"/>
        <source>role claimed</source>
        <translation>peran yang diakui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="71"/>
        <source>role</source>
        <translation>peran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="72"/>
        <source>version</source>
        <translation>versi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="73"/>
        <location filename="../../desktop/ui/audit/panel.py" line="74"/>
        <source>account</source>
        <translation>akun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="75"/>
        <source>account id</source>
        <translation>id akun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="76"/>
        <source>agency</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="77"/>
        <source>agency id</source>
        <translation>id OPD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="78"/>
        <source>number</source>
        <translation>jumlah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="79"/>
        <source>left alone</source>
        <translation>dilewati</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="80"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="81"/>
        <source>file</source>
        <translation>berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="82"/>
        <source>filters</source>
        <translation>filter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="83"/>
        <source>source</source>
        <translation>sumber</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="84"/>
        <source>channel</source>
        <translation>kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="85"/>
        <source>imported</source>
        <translation>diimpor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="86"/>
        <source>updated</source>
        <translation>diperbarui</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="87"/>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="88"/>
        <source>days</source>
        <translation>hari</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="89"/>
        <source>purged</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="90"/>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="91"/>
        <source>period</source>
        <translation>periode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="92"/>
        <source>attempted</source>
        <translation>dicoba</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="93"/>
        <source>from</source>
        <translation>dari</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="94"/>
        <source>to</source>
        <translation>ke</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="96"/>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit/panel.py" line="96"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
</context>
<context>
    <name>board</name>
    <message>
        <location filename="../../desktop/ui/board/model.py" line="253"/>
        <source>No suggestion: the usual agencies are disabled.</source>
        <translation>Tidak ada saran: OPD yang biasa menangani sedang dinonaktifkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/model.py" line="261"/>
        <source>Received: {time}</source>
        <translation>Diterima: {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/model.py" line="263"/>
        <source>Deadline: {time}</source>
        <translation>Tenggat: {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/model.py" line="265"/>
        <source>Lead agency: {agency}</source>
        <translation>OPD utama: {agency}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/model.py" line="267"/>
        <source>Supporting: {agencies}</source>
        <translation>OPD pendukung: {agencies}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/model.py" line="272"/>
        <source>Handed back by {agency}: {reason}</source>
        <translation>Dikembalikan oleh {agency}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/model.py" line="275"/>
        <source>Escalated to the supervisors</source>
        <translation>Dieskalasi ke supervisor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/delegate.py" line="29"/>
        <source>no deadline</source>
        <translation>tanpa tenggat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/delegate.py" line="33"/>
        <source>first action overdue {time}</source>
        <translation>tindakan pertama terlambat {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/delegate.py" line="34"/>
        <source>first action within {time}</source>
        <translation>tindakan pertama dalam {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/delegate.py" line="36"/>
        <source>overdue {time}</source>
        <translation>lewat tenggat {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/delegate.py" line="37"/>
        <source>{time} left</source>
        <translation>sisa {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/delegate.py" line="168"/>
        <source>↩ {agency}: {reason}</source>
        <translation>↩ {agency}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/delegate.py" line="172"/>
        <source>→ {agency} suggested</source>
        <translation>→ disarankan {agency}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/delegate.py" line="173"/>
        <source>no suggestion</source>
        <translation>tidak ada saran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/board/delegate.py" line="177"/>
        <source>{agency}, not accepted yet</source>
        <translation>{agency}, belum diterima</translation>
    </message>
</context>
<context>
    <name>bulk</name>
    <message>
        <location filename="../../desktop/services/bulk.py" line="40"/>
        <source>No report is chosen.</source>
        <translation>Tidak ada laporan yang dipilih.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/bulk.py" line="41"/>
        <source>{count} reports are chosen; one bulk action handles at most {limit}. Narrow the filter.</source>
        <translation>{count} laporan dipilih; satu tindakan massal menangani paling banyak {limit}. Persempit filter.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/bulk.py" line="43"/>
        <source>Write the reason: it goes into the history of every report.</source>
        <translation>Tuliskan alasannya: alasan ini dicatat dalam riwayat setiap laporan.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/bulk.py" line="44"/>
        <source>Choose the agency the reports go to.</source>
        <translation>Pilih OPD tujuan laporan.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/bulk.py" line="45"/>
        <source>There is no agency with the code {agency}.</source>
        <translation>Tidak ada OPD dengan kode {agency}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/bulk.py" line="46"/>
        <source>{agency} is disabled and takes no reports.</source>
        <translation>{agency} dinonaktifkan dan tidak menerima laporan.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/bulk.py" line="47"/>
        <source>Give the reference of the report the others duplicate.</source>
        <translation>Isikan nomor laporan yang diduplikasi oleh laporan lainnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/bulk.py" line="48"/>
        <source>There is no report with the reference {reference}.</source>
        <translation>Tidak ada laporan dengan nomor {reference}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/bulk.py" line="49"/>
        <source>{reference} is closed; mark the reports as duplicates of an open one.</source>
        <translation>{reference} sudah ditutup; tandai laporan sebagai duplikat dari laporan yang masih terbuka.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/bulk.py" line="50"/>
        <source>None of the chosen reports can take this action; nothing was changed.</source>
        <translation>Tidak satu pun laporan yang dipilih dapat dikenai tindakan ini; tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/bulk.py" line="51"/>
        <source>Some reports changed after the preview; nothing was changed. Preview again.</source>
        <translation>Beberapa laporan berubah setelah pratinjau; tidak ada yang diubah. Lihat pratinjau lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/bulk.py" line="54"/>
        <source>no longer exists or is not yours to see</source>
        <translation>sudah tidak ada atau bukan wewenang Anda untuk melihatnya</translation>
    </message>
    <message>
        <location filename="../../desktop/services/bulk.py" line="55"/>
        <source>is closed</source>
        <translation>sudah ditutup</translation>
    </message>
    <message>
        <location filename="../../desktop/services/bulk.py" line="56"/>
        <source>waits in the inbox: dispatch it rather than re-route it</source>
        <translation>menunggu di kotak masuk: disposisikan, bukan dialihkan</translation>
    </message>
    <message>
        <location filename="../../desktop/services/bulk.py" line="57"/>
        <source>is the report the others duplicate</source>
        <translation>merupakan laporan yang diduplikasi oleh laporan lainnya</translation>
    </message>
    <message>
        <location filename="../../desktop/services/bulk.py" line="58"/>
        <source>has duplicates merged into it</source>
        <translation>memiliki duplikat yang telah digabungkan ke dalamnya</translation>
    </message>
    <message>
        <location filename="../../desktop/services/bulk.py" line="59"/>
        <source>is already with this agency</source>
        <translation>sudah berada di OPD ini</translation>
    </message>
</context>
<context>
    <name>countdown</name>
    <message>
        <location filename="../../desktop/core/sla.py" line="191"/>
        <source>{days}d {hours}h</source>
        <translation>{days}h {hours}j</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sla.py" line="192"/>
        <source>{hours}h {minutes:02d}m</source>
        <translation>{hours}j {minutes:02d}m</translation>
    </message>
    <message>
        <location filename="../../desktop/core/sla.py" line="193"/>
        <source>{minutes}m</source>
        <translation>{minutes}m</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <location filename="../../desktop/services/database.py" line="24"/>
        <source>no database URL given; use postgresql://user@host/db or sqlite:///file</source>
        <translation>URL basis data belum diisi; gunakan postgresql://pengguna@host/db atau sqlite:///berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/services/database.py" line="25"/>
        <source>not a database URL: {url}; use postgresql://user@host/db or sqlite:///file</source>
        <translation>bukan URL basis data: {url}; gunakan postgresql://pengguna@host/db atau sqlite:///berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/services/database.py" line="26"/>
        <source>the folder {folder} does not exist; create it or choose another file</source>
        <translation>folder {folder} tidak ada; buat folder itu atau pilih berkas lain</translation>
    </message>
    <message>
        <location filename="../../desktop/services/database.py" line="27"/>
        <source>unsupported database {backend}; use PostgreSQL or SQLite</source>
        <translation>basis data {backend} tidak didukung; gunakan PostgreSQL atau SQLite</translation>
    </message>
    <message>
        <location filename="../../desktop/services/database.py" line="28"/>
        <source>cannot reach the database at {url}: {reason}; check the host, port, user and that the server is running</source>
        <translation>tidak dapat menghubungi basis data di {url}: {reason}; periksa host, port, pengguna, dan pastikan server berjalan</translation>
    </message>
    <message>
        <location filename="../../desktop/services/database.py" line="32"/>
        <source>the database has schema revision {current}, which is newer than this app knows (latest {needed}); install the newer JakLapor Desk</source>
        <translation>basis data memiliki revisi skema {current}, yang lebih baru daripada yang dikenal aplikasi ini (terbaru {needed}); pasang JakLapor Desk yang lebih baru</translation>
    </message>
    <message>
        <location filename="../../desktop/services/database.py" line="35"/>
        <source>the database has no JakLapor schema; run &apos;jaklapor-desk db upgrade --url URL&apos;</source>
        <translation>basis data belum berisi skema JakLapor; jalankan &apos;jaklapor-desk db upgrade --url URL&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/services/database.py" line="37"/>
        <source>the database schema is at revision {current}, this app needs {needed}; run &apos;jaklapor-desk db upgrade --url URL&apos;</source>
        <translation>skema basis data ada di revisi {current}, aplikasi ini memerlukan {needed}; jalankan &apos;jaklapor-desk db upgrade --url URL&apos;</translation>
    </message>
</context>
<context>
    <name>dispatching</name>
    <message>
        <location filename="../../desktop/core/dispatching.py" line="31"/>
        <source>{agency} is disabled and takes no reports; choose another agency.</source>
        <translation>{agency} dinonaktifkan dan tidak menerima laporan; pilih instansi lain.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/dispatching.py" line="32"/>
        <source>The report is already in the inbox.</source>
        <translation>Laporan sudah ada di kotak masuk.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/dispatching.py" line="33"/>
        <source>The report is already with {agency}.</source>
        <translation>Laporan sudah ada di {agency}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/dispatching.py" line="34"/>
        <source>{agency} already supports this report.</source>
        <translation>{agency} sudah mendukung laporan ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/dispatching.py" line="35"/>
        <source>A {role} may not re-route a report that is {current}.</source>
        <translation>Seorang {role} tidak boleh mengalihkan laporan berstatus {current}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/dispatching.py" line="36"/>
        <source>A report that is {current} cannot be re-routed.</source>
        <translation>Laporan berstatus {current} tidak bisa dialihkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/dispatching.py" line="37"/>
        <source>These reports need different moves; drop them one group at a time.</source>
        <translation>Laporan-laporan ini memerlukan langkah berbeda; lepaskan satu kelompok sekaligus.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/dispatching.py" line="38"/>
        <source>No report was chosen.</source>
        <translation>Tidak ada laporan yang dipilih.</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <location filename="../../desktop/services/duplicates.py" line="39"/>
        <source>Choose at least one report besides the primary to merge.</source>
        <translation>Pilih sedikitnya satu laporan selain laporan utama untuk digabungkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/duplicates.py" line="40"/>
        <source>The primary report no longer exists.</source>
        <translation>Laporan utama sudah tidak ada.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/duplicates.py" line="41"/>
        <source>The report is {current}; merge into a report that is still open.</source>
        <translation>Laporan berstatus {current}; gabungkan ke laporan yang masih terbuka.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/duplicates.py" line="42"/>
        <source>One of the reports no longer exists; refresh the list.</source>
        <translation>Salah satu laporan sudah tidak ada; muat ulang daftarnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/duplicates.py" line="43"/>
        <source>Reports are merged into this one; make it the primary, or un-merge those first.</source>
        <translation>Sudah ada laporan lain yang digabungkan ke laporan ini; jadikan laporan ini laporan utama, atau batalkan dulu penggabungan laporan-laporan itu.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/duplicates.py" line="45"/>
        <source>The report no longer exists.</source>
        <translation>Laporan sudah tidak ada.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/duplicates.py" line="46"/>
        <source>The report is not merged into another report.</source>
        <translation>Laporan ini tidak digabungkan ke laporan lain.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../desktop/services/export.py" line="40"/>
        <source>unknown export format {format}; use one of: {formats}</source>
        <translation>format ekspor {format} tidak dikenal; gunakan salah satu dari: {formats}</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../desktop/services/files.py" line="14"/>
        <source>The folder {folder} does not exist; create it or choose another place.</source>
        <translation>Folder {folder} tidak ada; buat dulu atau pilih tempat lain.</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <location filename="../../desktop/ui/format.py" line="69"/>
        <source>{n} min</source>
        <translation>{n} mnt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="71"/>
        <source>{n} h</source>
        <translation>{n} j</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/format.py" line="72"/>
        <source>{n} d</source>
        <translation>{n} h</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../desktop/ui/history.py" line="12"/>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history.py" line="13"/>
        <source>Supporting agency added</source>
        <translation>Instansi pendukung ditambahkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history.py" line="14"/>
        <source>Re-routed</source>
        <translation>Dialihkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history.py" line="15"/>
        <source>Escalated to supervisors</source>
        <translation>Dieskalasi ke supervisor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history.py" line="16"/>
        <source>After-photo added</source>
        <translation>Foto sesudah ditambahkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history.py" line="17"/>
        <source>Support withdrawn</source>
        <translation>Dukungan ditarik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history.py" line="18"/>
        <source>Undone</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history.py" line="38"/>
        <source>deadline watch</source>
        <translation>pemantau tenggat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history.py" line="39"/>
        <source>citizen</source>
        <translation>warga</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history.py" line="43"/>
        <source>citizen&apos;s rating ({score} of 5)</source>
        <translation>penilaian warga ({score} dari 5)</translation>
    </message>
</context>
<context>
    <name>identity</name>
    <message>
        <location filename="../../desktop/core/identity_crypto.py" line="31"/>
        <source>identity key file not found: {path}</source>
        <translation>berkas kunci identitas tidak ditemukan: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/identity_crypto.py" line="32"/>
        <source>{path} is not an identity key file (not plain text)</source>
        <translation>{path} bukan berkas kunci identitas (bukan teks biasa)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/identity_crypto.py" line="33"/>
        <source>cannot read identity key file {path}: {reason}</source>
        <translation>berkas kunci identitas {path} tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/identity_crypto.py" line="34"/>
        <source>{path} is not an identity key file (expected first line {header})</source>
        <translation>{path} bukan berkas kunci identitas (baris pertama seharusnya {header})</translation>
    </message>
    <message>
        <location filename="../../desktop/core/identity_crypto.py" line="35"/>
        <source>identity key file {path} is incomplete</source>
        <translation>berkas kunci identitas {path} tidak lengkap</translation>
    </message>
    <message>
        <location filename="../../desktop/core/identity_crypto.py" line="36"/>
        <source>identity key file {path} has a damaged key (not base64)</source>
        <translation>berkas kunci identitas {path} berisi kunci yang rusak (bukan base64)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/identity_crypto.py" line="37"/>
        <source>identity key file {path} holds a {length}-byte key; expected {expected} bytes</source>
        <translation>berkas kunci identitas {path} berisi kunci {length} byte; seharusnya {expected} byte</translation>
    </message>
    <message>
        <location filename="../../desktop/core/identity_crypto.py" line="38"/>
        <source>identity key file {path} is damaged: key id {stated} does not match its key</source>
        <translation>berkas kunci identitas {path} rusak: id kunci {stated} tidak cocok dengan kuncinya</translation>
    </message>
    <message>
        <location filename="../../desktop/core/identity_crypto.py" line="39"/>
        <source>identity key file {path} already exists; refusing to overwrite it</source>
        <translation>berkas kunci identitas {path} sudah ada; tidak akan ditimpa</translation>
    </message>
</context>
<context>
    <name>intake</name>
    <message>
        <location filename="../../desktop/services/intake.py" line="52"/>
        <source>{source}: imported {imported}, updated {updated}, unchanged {unchanged}, rejected {rejected}</source>
        <translation>{source}: diimpor {imported}, diperbarui {updated}, tidak berubah {unchanged}, ditolak {rejected}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/intake.py" line="54"/>
        <source>{source}: cancelled; nothing was imported</source>
        <translation>{source}: dibatalkan; tidak ada yang diimpor</translation>
    </message>
    <message>
        <location filename="../../desktop/services/intake.py" line="55"/>
        <source>; {services} service types learnt</source>
        <translation>; {services} jenis layanan dipelajari</translation>
    </message>
    <message>
        <location filename="../../desktop/services/intake.py" line="56"/>
        <source>; {fallback} filed under &apos;{category}&apos; (category not recognised)</source>
        <translation>; {fallback} dimasukkan ke &apos;{category}&apos; (kategori tidak dikenal)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/intake.py" line="61"/>
        <source>no active account {username}</source>
        <translation>tidak ada akun aktif {username}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/intake.py" line="62"/>
        <source>unknown channel {channel}; use one of: {channels}</source>
        <translation>kanal {channel} tidak dikenal; gunakan salah satu dari: {channels}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/intake.py" line="63"/>
        <source>file not found: {path}</source>
        <translation>berkas tidak ditemukan: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/intake.py" line="64"/>
        <source>{path} is a folder, not a file</source>
        <translation>{path} adalah folder, bukan berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/services/intake.py" line="65"/>
        <source>cannot read {path}: {problem}</source>
        <translation>tidak dapat membaca {path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/intake.py" line="66"/>
        <source>a CSV import needs a column mapping (--mapping NAME, or save one in the import dialog)</source>
        <translation>impor CSV memerlukan pemetaan kolom (--mapping NAMA, atau simpan pemetaan di dialog impor)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/intake.py" line="68"/>
        <source>unknown import format {format}; use one of: {formats}</source>
        <translation>format impor {format} tidak dikenal; gunakan salah satu dari: {formats}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/intake.py" line="69"/>
        <source>say which channel the file came from (--channel NAME, or the mapping&apos;s channel)</source>
        <translation>sebutkan kanal asal berkas ini (--channel NAMA, atau kanal pada pemetaan)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/intake.py" line="71"/>
        <source>a CSV import needs a saved column mapping: --mapping NAME</source>
        <translation>impor CSV memerlukan pemetaan kolom yang tersimpan: --mapping NAMA</translation>
    </message>
    <message>
        <location filename="../../desktop/services/intake.py" line="72"/>
        <source>that import is not on record</source>
        <translation>impor tersebut tidak tercatat</translation>
    </message>
    <message>
        <location filename="../../desktop/services/intake.py" line="73"/>
        <source>give the mapping a name of 1–80 characters</source>
        <translation>beri pemetaan nama sepanjang 1–80 karakter</translation>
    </message>
    <message>
        <location filename="../../desktop/services/intake.py" line="74"/>
        <source>no saved column mapping {name} (saved: {known})</source>
        <translation>tidak ada pemetaan kolom tersimpan bernama {name} (yang tersimpan: {known})</translation>
    </message>
    <message>
        <location filename="../../desktop/services/intake.py" line="75"/>
        <source>none saved yet</source>
        <translation>belum ada yang disimpan</translation>
    </message>
    <message>
        <location filename="../../desktop/services/intake.py" line="76"/>
        <source>no saved CSV mapping for channel {channel}; save one in the import dialog</source>
        <translation>belum ada pemetaan CSV tersimpan untuk kanal {channel}; simpan pemetaan di dialog impor</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/common.py" line="11"/>
        <source>{field} {value!r} appears again in this file (first as record {first})</source>
        <translation>{field} {value!r} muncul lagi di berkas ini (pertama kali sebagai rekaman {first})</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/records.py" line="11"/>
        <source>file</source>
        <translation>berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/records.py" line="12"/>
        <source>file (line {line})</source>
        <translation>berkas (baris {line})</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/records.py" line="13"/>
        <source>record {number}</source>
        <translation>rekaman {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/records.py" line="14"/>
        <source>record {number} (line {line})</source>
        <translation>rekaman {number} (baris {line})</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/fields.py" line="23"/>
        <source>the required field {field} is missing or empty</source>
        <translation>kolom wajib {field} tidak ada atau kosong</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/fields.py" line="24"/>
        <source>{field} must be text, not {kind}</source>
        <translation>{field} harus berupa teks, bukan {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/fields.py" line="25"/>
        <source>{field} is not valid UTF-8 text (is the file in another encoding?)</source>
        <translation>{field} bukan teks UTF-8 yang valid (apakah berkas memakai encoding lain?)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/fields.py" line="27"/>
        <source>{field} has {length} characters; at most {limit} are allowed</source>
        <translation>{field} berisi {length} karakter; paling banyak {limit} yang diizinkan</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/fields.py" line="28"/>
        <source>{field} {value!r} is not an ISO 8601 date and time (e.g. 2026-05-01T08:30:00+07:00)</source>
        <translation>{field} {value!r} bukan tanggal dan waktu ISO 8601 (mis. 2026-05-01T08:30:00+07:00)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/fields.py" line="30"/>
        <source>{field} {value} is not between 1970 and tomorrow</source>
        <translation>{field} {value} tidak berada antara tahun 1970 dan besok</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/fields.py" line="31"/>
        <source>{field} {value!r} is not a number</source>
        <translation>{field} {value!r} bukan angka</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/fields.py" line="32"/>
        <source>coordinates {lat}, {lon} are out of range (latitude -90…90, longitude -180…180)</source>
        <translation>koordinat {lat}, {lon} di luar rentang (lintang -90…90, bujur -180…180)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/fields.py" line="34"/>
        <source>privacy {value!r} is not one of public, confidential, anonymous</source>
        <translation>privasi {value!r} bukan salah satu dari public, confidential, anonymous</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/csv_file.py" line="29"/>
        <source>Id in the source system</source>
        <translation>Id di sistem sumber</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/csv_file.py" line="30"/>
        <source>Received (ISO date and time)</source>
        <translation>Diterima (tanggal dan waktu ISO)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/csv_file.py" line="31"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/csv_file.py" line="32"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/csv_file.py" line="33"/>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/csv_file.py" line="34"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/csv_file.py" line="35"/>
        <source>Latitude</source>
        <translation>Lintang</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/csv_file.py" line="36"/>
        <source>Longitude</source>
        <translation>Bujur</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/csv_file.py" line="37"/>
        <source>Privacy (public, confidential, anonymous)</source>
        <translation>Privasi (public, confidential, anonymous)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/csv_file.py" line="38"/>
        <source>Reporter&apos;s name (sealed)</source>
        <translation>Nama pelapor (disegel)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/csv_file.py" line="39"/>
        <source>Reporter&apos;s phone (sealed)</source>
        <translation>Telepon pelapor (disegel)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/csv_file.py" line="40"/>
        <source>Reporter&apos;s e-mail (sealed)</source>
        <translation>Email pelapor (disegel)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/csv_file.py" line="41"/>
        <source>Reporter&apos;s NIK (sealed)</source>
        <translation>NIK pelapor (disegel)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/csv_file.py" line="44"/>
        <source>the file is empty: a CSV import needs a header row</source>
        <translation>berkas kosong: impor CSV memerlukan baris judul kolom</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/csv_file.py" line="45"/>
        <source>the column {column!r} (for {field}) is not in the file; its columns are: {columns}</source>
        <translation>kolom {column!r} (untuk {field}) tidak ada di berkas; kolom yang ada: {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/csv_file.py" line="47"/>
        <source>the mapping does not say which column holds {field}</source>
        <translation>pemetaan tidak menyebutkan kolom mana yang berisi {field}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/csv_file.py" line="48"/>
        <source>the delimiter must be one character</source>
        <translation>pemisah harus satu karakter</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/csv_file.py" line="49"/>
        <source>unknown default category {category}</source>
        <translation>kategori bawaan {category} tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/csv_file.py" line="50"/>
        <source>unknown text encoding {encoding!r}</source>
        <translation>encoding teks tidak dikenal {encoding!r}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/csv_file.py" line="51"/>
        <source>the row cannot be read as CSV: {error}</source>
        <translation>baris tidak dapat dibaca sebagai CSV: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/open311.py" line="22"/>
        <source>not valid JSON: {error} (column {column})</source>
        <translation>bukan JSON yang valid: {error} (kolom {column})</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/open311.py" line="23"/>
        <source>not valid XML: {error}</source>
        <translation>bukan XML yang valid: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/open311.py" line="24"/>
        <source>the XML uses a DTD or entities, which Open311 never needs; refused for safety</source>
        <translation>XML memakai DTD atau entitas, yang tidak pernah diperlukan Open311; ditolak demi keamanan</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/common.py" line="12"/>
        <source>the file says it is UTF-16 but is not valid UTF-16</source>
        <translation>berkas menyatakan UTF-16 tetapi bukan UTF-16 yang valid</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/open311.py" line="26"/>
        <source>the JSON is nested too deeply to be an Open311 document</source>
        <translation>JSON bersarang terlalu dalam untuk sebuah dokumen Open311</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/open311.py" line="27"/>
        <source>expected a list of service requests or services, found {found}</source>
        <translation>diharapkan daftar permintaan layanan atau layanan, ditemukan {found}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/open311.py" line="28"/>
        <source>expected &lt;service_requests&gt; or &lt;services&gt; as the XML root, found &lt;{tag}&gt;</source>
        <translation>diharapkan &lt;service_requests&gt; atau &lt;services&gt; sebagai root XML, ditemukan &lt;{tag}&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/open311.py" line="30"/>
        <source>the file is an Open311 error response: {errors}</source>
        <translation>berkas ini adalah respons galat Open311: {errors}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/open311.py" line="31"/>
        <source>a record must be an object with named fields, found {kind}</source>
        <translation>rekaman harus berupa objek dengan kolom bernama, ditemukan {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/open311.py" line="32"/>
        <source>unexpected element &lt;{tag}&gt; (expected &lt;{expected}&gt;)</source>
        <translation>elemen tidak terduga &lt;{tag}&gt; (diharapkan &lt;{expected}&gt;)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/open311.py" line="33"/>
        <source>status {value!r} is neither open nor closed</source>
        <translation>status {value!r} bukan open maupun closed</translation>
    </message>
    <message>
        <location filename="../../desktop/core/intake/open311.py" line="34"/>
        <source>{field} {value!r} is neither true nor false</source>
        <translation>{field} {value!r} bukan true maupun false</translation>
    </message>
</context>
<context>
    <name>map</name>
    <message>
        <location filename="../../desktop/map/tiles.py" line="25"/>
        <source>The offline basemap cannot be used: {reason}</source>
        <translation>Peta dasar luring tidak bisa dipakai: {reason}</translation>
    </message>
</context>
<context>
    <name>period</name>
    <message>
        <location filename="../../desktop/core/stats/period.py" line="18"/>
        <source>the period ends ({last}) before it starts ({first})</source>
        <translation>periode berakhir ({last}) sebelum dimulai ({first})</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/period.py" line="19"/>
        <source>a period needs at least one day</source>
        <translation>periode harus mencakup sedikitnya satu hari</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/period.py" line="20"/>
        <source>{what} {text} is not a date like 2026-10-31</source>
        <translation>{what} {text} bukan tanggal dengan format seperti 2026-10-31</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/period.py" line="22"/>
        <source>date</source>
        <translation>tanggal</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/period.py" line="23"/>
        <source>the start date</source>
        <translation>tanggal mulai</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/period.py" line="24"/>
        <source>the end date</source>
        <translation>tanggal akhir</translation>
    </message>
</context>
<context>
    <name>photos</name>
    <message>
        <location filename="../../desktop/core/photos.py" line="46"/>
        <source>The photo is damaged or incomplete and cannot be opened.</source>
        <translation>Foto rusak atau tidak lengkap dan tidak dapat dibuka.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/photos.py" line="47"/>
        <source>The photo&apos;s dimensions are too large; the limit is {limit} megapixels. The file may be crafted to exhaust memory.</source>
        <translation>Ukuran foto terlalu besar; batasnya {limit} megapiksel. Berkas ini mungkin sengaja dibuat untuk menghabiskan memori.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/photos.py" line="50"/>
        <source>The photo&apos;s dimensions are too large ({width} × {height} pixels); the limit is {limit} megapixels. The file may be crafted to exhaust memory.</source>
        <translation>Ukuran foto terlalu besar ({width} × {height} piksel); batasnya {limit} megapiksel. Berkas ini mungkin sengaja dibuat untuk menghabiskan memori.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/photos.py" line="53"/>
        <source>The photo file is empty.</source>
        <translation>Berkas foto kosong.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/photos.py" line="54"/>
        <source>The photo file is {size} MB; the limit is {limit} MB.</source>
        <translation>Berkas foto berukuran {size} MB; batasnya {limit} MB.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/photos.py" line="55"/>
        <source>{format} photos are not supported; please send JPEG, PNG, WebP or GIF.</source>
        <translation>Foto {format} tidak didukung; kirimkan JPEG, PNG, WebP, atau GIF.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/photos.py" line="56"/>
        <source>The file is not a photo (expected JPEG, PNG, WebP or GIF).</source>
        <translation>Berkas ini bukan foto (seharusnya JPEG, PNG, WebP, atau GIF).</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <location filename="../../desktop/ui/inbox/filters.py" line="41"/>
        <source>All reports</source>
        <translation>Semua laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/filters.py" line="42"/>
        <source>Emergencies (open)</source>
        <translation>Darurat (terbuka)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/filters.py" line="43"/>
        <source>Overdue</source>
        <translation>Lewat tenggat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/filters.py" line="44"/>
        <source>Due within an hour</source>
        <translation>Tenggat dalam satu jam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/filters.py" line="45"/>
        <source>Not yet dispatched</source>
        <translation>Belum didisposisi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/filters.py" line="46"/>
        <source>All open reports</source>
        <translation>Semua laporan terbuka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox/filters.py" line="47"/>
        <source>Received today</source>
        <translation>Diterima hari ini</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <location filename="../../desktop/services/privacy.py" line="54"/>
        <source>
Data-handling code of conduct for reporter identities

1. A reporter&apos;s identity is revealed only when I must contact the reporter to handle their report.
2. I write the true reason for every reveal; every reveal is recorded with my name and can be audited.
3. I never pass a reporter&apos;s identity to an agency, to the person or business reported, or to anyone 
outside the command centre.
4. I do not copy, photograph, print or store an identity outside the application.
5. For confidential reports I wait for a supervisor&apos;s approval and accept a refusal.
6. Misuse is a breach of duty and of the personal data protection law (UU 27/2022).</source>
        <translation>
Kode etik penanganan data identitas pelapor

1. Identitas pelapor hanya dibuka apabila saya harus menghubungi pelapor untuk menangani laporannya.
2. Saya menuliskan alasan yang sebenarnya untuk setiap pembukaan identitas; setiap pembukaan dicatat dengan nama saya dan dapat diaudit.
3. Saya tidak pernah menyerahkan identitas pelapor kepada OPD, kepada orang atau badan usaha yang dilaporkan, maupun kepada siapa pun 
di luar command center.
4. Saya tidak menyalin, memotret, mencetak, atau menyimpan identitas di luar aplikasi.
5. Untuk laporan rahasia, saya menunggu persetujuan supervisor dan menerima penolakan.
6. Penyalahgunaan merupakan pelanggaran kewajiban dan pelanggaran Undang-Undang Pelindungan Data Pribadi (UU 27/2022).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/privacy.py" line="69"/>
        <source>log in with your own account to reveal an identity</source>
        <translation>masuk dengan akun Anda sendiri untuk membuka identitas</translation>
    </message>
    <message>
        <location filename="../../desktop/services/privacy.py" line="70"/>
        <source>a user with the role {role} may not reveal a reporter&apos;s identity</source>
        <translation>pengguna dengan peran {role} tidak berwenang membuka identitas pelapor</translation>
    </message>
    <message>
        <location filename="../../desktop/services/privacy.py" line="71"/>
        <source>there is no such report</source>
        <translation>laporan tersebut tidak ada</translation>
    </message>
    <message>
        <location filename="../../desktop/services/privacy.py" line="72"/>
        <source>this report is anonymous: no identity is stored</source>
        <translation>laporan ini anonim: tidak ada identitas yang disimpan</translation>
    </message>
    <message>
        <location filename="../../desktop/services/privacy.py" line="73"/>
        <source>no identity is stored for this report (it was never given or has been purged)</source>
        <translation>tidak ada identitas yang disimpan untuk laporan ini (tidak pernah diberikan atau sudah dihapus)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/privacy.py" line="75"/>
        <source>accept the data-handling code of conduct before your first reveal</source>
        <translation>setujui kode etik penanganan data sebelum pembukaan identitas pertama Anda</translation>
    </message>
    <message>
        <location filename="../../desktop/services/privacy.py" line="76"/>
        <source>write why you need to contact the reporter</source>
        <translation>tuliskan alasan Anda perlu menghubungi pelapor</translation>
    </message>
    <message>
        <location filename="../../desktop/services/privacy.py" line="77"/>
        <source>the reason is too short: say in a sentence why you need to contact the reporter</source>
        <translation>alasannya terlalu singkat: jelaskan dalam satu kalimat mengapa Anda perlu menghubungi pelapor</translation>
    </message>
    <message>
        <location filename="../../desktop/services/privacy.py" line="79"/>
        <source>only a supervisor may approve or deny a reveal</source>
        <translation>hanya supervisor yang boleh menyetujui atau menolak pembukaan identitas</translation>
    </message>
    <message>
        <location filename="../../desktop/services/privacy.py" line="80"/>
        <source>there is no such reveal request</source>
        <translation>permintaan pembukaan identitas tersebut tidak ada</translation>
    </message>
    <message>
        <location filename="../../desktop/services/privacy.py" line="81"/>
        <source>you cannot decide your own request: another supervisor must</source>
        <translation>Anda tidak dapat memutuskan permintaan Anda sendiri: supervisor lain yang harus memutuskannya</translation>
    </message>
    <message>
        <location filename="../../desktop/services/privacy.py" line="82"/>
        <source>this request has already been decided</source>
        <translation>permintaan ini sudah diputuskan</translation>
    </message>
    <message>
        <location filename="../../desktop/services/privacy.py" line="83"/>
        <source>this request has expired; the officer must ask again</source>
        <translation>permintaan ini sudah kedaluwarsa; petugas harus mengajukannya lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/services/privacy.py" line="84"/>
        <source>say why you deny the request</source>
        <translation>tuliskan alasan Anda menolak permintaan ini</translation>
    </message>
    <message>
        <location filename="../../desktop/services/privacy.py" line="85"/>
        <source>your account may not reveal a reporter&apos;s identity</source>
        <translation>akun Anda tidak berwenang membuka identitas pelapor</translation>
    </message>
    <message>
        <location filename="../../desktop/services/privacy.py" line="86"/>
        <source>this reveal token is not valid</source>
        <translation>token pembukaan identitas ini tidak sah</translation>
    </message>
    <message>
        <location filename="../../desktop/services/privacy.py" line="87"/>
        <source>this reveal token has already been used; request a new reveal</source>
        <translation>token pembukaan identitas ini sudah dipakai; ajukan permintaan baru</translation>
    </message>
    <message>
        <location filename="../../desktop/services/privacy.py" line="88"/>
        <source>a supervisor denied this request</source>
        <translation>supervisor menolak permintaan ini</translation>
    </message>
    <message>
        <location filename="../../desktop/services/privacy.py" line="89"/>
        <source>this request is waiting for a supervisor&apos;s approval</source>
        <translation>permintaan ini masih menunggu persetujuan supervisor</translation>
    </message>
    <message>
        <location filename="../../desktop/services/privacy.py" line="90"/>
        <source>this reveal request has expired; request a new reveal</source>
        <translation>permintaan pembukaan identitas ini sudah kedaluwarsa; ajukan permintaan baru</translation>
    </message>
    <message>
        <location filename="../../desktop/services/privacy.py" line="91"/>
        <source>the reveal request must be committed before the identity is shown</source>
        <translation>permintaan pembukaan identitas harus tersimpan lebih dulu sebelum identitas ditampilkan</translation>
    </message>
    <message>
        <location filename="../../desktop/services/privacy.py" line="92"/>
        <source>the identity has been purged</source>
        <translation>identitas sudah dihapus</translation>
    </message>
    <message>
        <location filename="../../desktop/services/privacy.py" line="93"/>
        <source>this workstation has no identity key file: identities can only be shown on command-centre workstations</source>
        <translation>workstation ini tidak memiliki berkas kunci identitas: identitas hanya dapat ditampilkan di workstation pusat komando</translation>
    </message>
    <message>
        <location filename="../../desktop/services/privacy.py" line="96"/>
        <source>this workstation&apos;s identity key does not open the stored identity; ask the installer for the command centre&apos;s key file</source>
        <translation>kunci identitas workstation ini tidak dapat membuka identitas yang tersimpan; mintalah berkas kunci pusat komando kepada petugas instalasi</translation>
    </message>
    <message>
        <location filename="../../desktop/services/privacy.py" line="99"/>
        <source>only a supervisor or the installer may purge identities</source>
        <translation>hanya supervisor atau petugas instalasi yang boleh menghapus identitas</translation>
    </message>
</context>
<context>
    <name>routing</name>
    <message>
        <location filename="../../desktop/core/routing.py" line="34"/>
        <source>Reports of this category go to {agency}.</source>
        <translation>Laporan dengan kategori ini diteruskan ke {agency}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/routing.py" line="35"/>
        <source>A local matter: the office of {agency} handles it.</source>
        <translation>Urusan setempat: ditangani oleh kantor {agency}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/routing.py" line="36"/>
        <source>The local office {office} is disabled, so the category&apos;s agency {agency} takes it.</source>
        <translation>Kantor setempat {office} dinonaktifkan, sehingga OPD kategori ini, {agency}, yang menanganinya.</translation>
    </message>
</context>
<context>
    <name>screens</name>
    <message>
        <location filename="../../desktop/ui/main/screens.py" line="24"/>
        <source>Inbox</source>
        <translation>Kotak masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/screens.py" line="26"/>
        <source>Dispatch board</source>
        <translation>Papan disposisi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/screens.py" line="29"/>
        <source>Agency desk</source>
        <translation>Meja kerja OPD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/screens.py" line="31"/>
        <source>Duplicates</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/screens.py" line="32"/>
        <source>Import and export</source>
        <translation>Impor dan ekspor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/screens.py" line="35"/>
        <source>Reveal approvals</source>
        <translation>Persetujuan buka identitas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/screens.py" line="36"/>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/screens.py" line="38"/>
        <source>User accounts</source>
        <translation>Akun pengguna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/screens.py" line="40"/>
        <source>Offline and sync</source>
        <translation>Offline dan sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main/screens.py" line="43"/>
        <source>Supervisor review</source>
        <translation>Tinjauan supervisor</translation>
    </message>
</context>
<context>
    <name>supervision</name>
    <message>
        <location filename="../../desktop/core/stats/heat.py" line="21"/>
        <source>Reports received in the period</source>
        <translation>Laporan yang diterima dalam periode</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/heat.py" line="22"/>
        <source>Open reports past their deadline now</source>
        <translation>Laporan terbuka yang saat ini lewat tenggat</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/heat.py" line="23"/>
        <source>Share of deadlines missed</source>
        <translation>Persentase tenggat terlewati</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/heat.py" line="24"/>
        <source>Share of ratings of 1 or 2</source>
        <translation>Persentase penilaian 1 atau 2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/pdf.py" line="28"/>
        <source>Page {n}</source>
        <translation>Halaman {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/pdf.py" line="29"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/pdf.py" line="30"/>
        <source>None: every report the period holds.</source>
        <translation>Tidak ada: semua laporan dalam periode ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/pdf.py" line="31"/>
        <source>Contents</source>
        <translation>Daftar isi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor/pdf.py" line="32"/>
        <source>Every figure counts reports; no reporter&apos;s identity is part of this report.</source>
        <translation>Setiap angka menghitung jumlah laporan; identitas pelapor tidak termasuk dalam laporan ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reporting.py" line="40"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reporting.py" line="41"/>
        <location filename="../../desktop/core/stats/layout.py" line="98"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reporting.py" line="42"/>
        <location filename="../../desktop/core/stats/layout.py" line="123"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reporting.py" line="43"/>
        <location filename="../../desktop/core/stats/layout.py" line="101"/>
        <source>Agency</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reporting.py" line="44"/>
        <source>Privacy</source>
        <translation>Privasi</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reporting.py" line="45"/>
        <source>Area</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reporting.py" line="46"/>
        <source>Deadline</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reporting.py" line="47"/>
        <source>Emergencies</source>
        <translation>Darurat</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reporting.py" line="48"/>
        <source>Search</source>
        <translation>Pencarian</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reporting.py" line="49"/>
        <source>Map area</source>
        <translation>Area peta</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reporting.py" line="51"/>
        <source>overdue</source>
        <translation>lewat tenggat</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reporting.py" line="52"/>
        <source>due within an hour</source>
        <translation>tenggat dalam satu jam</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reporting.py" line="53"/>
        <source>only</source>
        <translation>saja</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reporting.py" line="54"/>
        <source>the area chosen on the map</source>
        <translation>area yang dipilih di peta</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="31"/>
        <source>{d} d {h} h</source>
        <translation>{d} h {h} j</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="32"/>
        <source>{h} h {m:02d} min</source>
        <translation>{h} j {m:02d} mnt</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="33"/>
        <source>{m} min</source>
        <translation>{m} mnt</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="34"/>
        <source>The period {first} – {last} has not begun yet: there is nothing to count.</source>
        <translation>Periode {first} – {last} belum dimulai: belum ada yang dapat dihitung.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="36"/>
        <source>No report received from {first} to {last} matches the filters ({filters}).</source>
        <translation>Tidak ada laporan yang diterima dari {first} sampai {last} yang sesuai dengan filter ({filters}).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="38"/>
        <source>No reports were received from {first} to {last}.</source>
        <translation>Tidak ada laporan yang diterima dari {first} sampai {last}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="39"/>
        <source>{first} – {last} holds only weekends and public holidays: working-day deadlines do not run on those days, so reports received then fall due on the next working days.</source>
        <translation>{first} – {last} hanya berisi akhir pekan dan hari libur nasional: tenggat hari kerja tidak berjalan pada hari-hari tersebut, sehingga laporan yang diterima saat itu jatuh tempo pada hari kerja berikutnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="42"/>
        <source>up to 1 day</source>
        <translation>hingga 1 hari</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="43"/>
        <source>1–3 days</source>
        <translation>1–3 hari</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="44"/>
        <source>3–7 days</source>
        <translation>3–7 hari</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="45"/>
        <source>over 7 days</source>
        <translation>lebih dari 7 hari</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="46"/>
        <source>Command centre (not yet routed)</source>
        <translation>Command center (belum diteruskan)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="47"/>
        <source>All queues</source>
        <translation>Semua antrean</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="48"/>
        <source>No report is waiting in any queue.</source>
        <translation>Tidak ada laporan yang menunggu di antrean mana pun.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="49"/>
        <source>Queues now, by status</source>
        <translation>Antrean saat ini, menurut status</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="50"/>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="51"/>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="52"/>
        <source>Overdue</source>
        <translation>Lewat tenggat</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="53"/>
        <source>Oldest waits</source>
        <translation>Tunggu terlama</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="54"/>
        <source>Queues now, by age; movement this week</source>
        <translation>Antrean saat ini, menurut umur; pergerakan minggu ini</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="55"/>
        <source>In (7 days)</source>
        <translation>Masuk (7 hari)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="56"/>
        <source>Out (7 days)</source>
        <translation>Keluar (7 hari)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="57"/>
        <source>Trend</source>
        <translation>Tren</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="58"/>
        <source>Open reports by age, per queue</source>
        <translation>Laporan terbuka menurut umur, per antrean</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="59"/>
        <source>No report is waiting: every queue is empty.</source>
        <translation>Tidak ada laporan yang menunggu: semua antrean kosong.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="60"/>
        <source>reports</source>
        <translation>laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="61"/>
        <source>Overdue reports per queue</source>
        <translation>Laporan lewat tenggat per antrean</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="62"/>
        <source>No open report is past its deadline.</source>
        <translation>Tidak ada laporan terbuka yang lewat tenggat.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="63"/>
        <source>Open reports</source>
        <translation>Laporan terbuka</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="64"/>
        <source>{overdue} past their deadline</source>
        <translation>{overdue} lewat tenggat</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="65"/>
        <source>Growing queues</source>
        <translation>Antrean yang bertambah</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="66"/>
        <source>none this week</source>
        <translation>tidak ada minggu ini</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="67"/>
        <source>Oldest waiting report</source>
        <translation>Laporan yang menunggu paling lama</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="68"/>
        <source>This week, whole service</source>
        <translation>Minggu ini, seluruh layanan</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="69"/>
        <source>received or reopened / closed</source>
        <translation>diterima atau dibuka kembali / ditutup</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="70"/>
        <source>{n} agencies have no open report and no movement this week: {names}.</source>
        <translation>{n} OPD tidak memiliki laporan terbuka dan tidak ada pergerakan minggu ini: {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="72"/>
        <source>Queue review</source>
        <translation>Tinjauan antrean</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="73"/>
        <source>Every open report now, whatever the period: where it waits, for how long since it was received, and whether each queue grew this week. Double-click a number to see those reports on the map and in the list.</source>
        <translation>Semua laporan yang terbuka saat ini, apa pun periodenya: di mana laporan menunggu, berapa lama sejak diterima, dan apakah setiap antrean bertambah minggu ini. Klik dua kali sebuah angka untuk melihat laporan-laporan tersebut di peta dan di daftar.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="76"/>
        <source>no report has reached this step yet</source>
        <translation>belum ada laporan yang mencapai tahap ini</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="77"/>
        <source>median of {n}; 9 in 10 within {p90}</source>
        <translation>median dari {n}; 9 dari 10 dalam {p90}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="78"/>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="79"/>
        <source>On time</source>
        <translation>Tepat waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="80"/>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="81"/>
        <source>Not yet due</source>
        <translation>Belum jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="82"/>
        <source>Compliance</source>
        <translation>Kepatuhan</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="83"/>
        <source>No deadline has come due yet for the reports of this period.</source>
        <translation>Belum ada tenggat yang jatuh tempo untuk laporan periode ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="85"/>
        <source>Time to first action</source>
        <translation>Waktu hingga tindakan pertama</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="86"/>
        <source>Time to dispatch</source>
        <translation>Waktu hingga disposisi</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="87"/>
        <source>Time to done</source>
        <translation>Waktu hingga selesai</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="88"/>
        <source>Deadlines met</source>
        <translation>Tenggat terpenuhi</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="89"/>
        <source>{on_time} on time, {late} late, {pending} not yet due</source>
        <translation>{on_time} tepat waktu, {late} terlambat, {pending} belum jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="90"/>
        <source>Emergencies acted on within 15 minutes</source>
        <translation>Keadaan darurat yang ditindak dalam 15 menit</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="91"/>
        <source>{part} of {whole} emergencies</source>
        <translation>{part} dari {whole} keadaan darurat</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="92"/>
        <source>no emergency in this period</source>
        <translation>tidak ada keadaan darurat dalam periode ini</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="93"/>
        <source>Deadlines met, the busiest agencies (lowest first)</source>
        <translation>Tenggat terpenuhi, OPD tersibuk (terendah dahulu)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="95"/>
        <source>Deadlines met, the busiest categories (lowest first)</source>
        <translation>Tenggat terpenuhi, kategori tersibuk (terendah dahulu)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="97"/>
        <source>Deadline compliance by category</source>
        <translation>Kepatuhan tenggat menurut kategori</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="99"/>
        <source>No reports in this period.</source>
        <translation>Tidak ada laporan dalam periode ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="100"/>
        <source>Deadline compliance by agency</source>
        <translation>Kepatuhan tenggat menurut OPD</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="102"/>
        <source>No report of this period has reached an agency.</source>
        <translation>Belum ada laporan periode ini yang sampai ke OPD.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="103"/>
        <source>Goal achievement</source>
        <translation>Pencapaian tujuan</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="104"/>
        <source>How fast reports received in the period were acted on, dispatched and finished, and whether their deadlines were met. A deadline counts once it is met or has passed.</source>
        <translation>Seberapa cepat laporan yang diterima dalam periode ini ditindak, didisposisikan dan diselesaikan, serta apakah tenggatnya terpenuhi. Tenggat dihitung setelah terpenuhi atau terlewati.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="107"/>
        <source>Reports received</source>
        <translation>Laporan diterima</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="108"/>
        <source>through {n} channels</source>
        <translation>melalui {n} kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="109"/>
        <source>Handled by several agencies</source>
        <translation>Ditangani beberapa OPD</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="110"/>
        <source>{part} of {whole} reports with a lead agency</source>
        <translation>{part} dari {whole} laporan yang memiliki OPD utama</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="111"/>
        <source>Hand-backs</source>
        <translation>Pengembalian</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="112"/>
        <source>returned by an agency as not its remit</source>
        <translation>dikembalikan oleh OPD karena bukan kewenangannya</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="113"/>
        <source>Re-routes and recalls</source>
        <translation>Pengalihan dan penarikan</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="114"/>
        <source>moved to another agency / taken back</source>
        <translation>dipindahkan ke OPD lain / ditarik kembali</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="115"/>
        <source>Reports by channel</source>
        <translation>Laporan menurut kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="116"/>
        <source>Reports that left an agency again</source>
        <translation>Laporan yang keluar lagi dari OPD</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="117"/>
        <source>Handed back</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="118"/>
        <source>Re-routed away</source>
        <translation>Dialihkan keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="119"/>
        <source>Recalled</source>
        <translation>Ditarik kembali</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="120"/>
        <source>No report of this period was handed back, re-routed or recalled.</source>
        <translation>Tidak ada laporan periode ini yang dikembalikan, dialihkan, atau ditarik kembali.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="122"/>
        <source>Intake by channel</source>
        <translation>Penerimaan menurut kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="124"/>
        <source>Share</source>
        <translation>Persentase</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="125"/>
        <source>Coordination between agencies</source>
        <translation>Koordinasi antar-OPD</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="126"/>
        <source>Leads</source>
        <translation>Sebagai OPD utama</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="127"/>
        <source>Leads with support</source>
        <translation>Utama dengan dukungan</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="128"/>
        <source>Supports others</source>
        <translation>Mendukung OPD lain</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="129"/>
        <source>Hand-back rate</source>
        <translation>Tingkat pengembalian</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="130"/>
        <source>Re-routed to it</source>
        <translation>Dialihkan ke OPD ini</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="131"/>
        <source>Integration</source>
        <translation>Integrasi</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="132"/>
        <source>Where reports come from, and how agencies work together on them: coordination, reports handed back as not their remit, and reports moved between agencies.</source>
        <translation>Dari mana laporan berasal, dan bagaimana OPD bekerja sama menanganinya: koordinasi, laporan yang dikembalikan karena bukan kewenangannya, dan laporan yang dipindahkan antar-OPD.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="135"/>
        <source>Reopened</source>
        <translation>Dibuka kembali</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="136"/>
        <source>{part} of {whole} finished reports</source>
        <translation>{part} dari {whole} laporan selesai</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="137"/>
        <source>Average rating</source>
        <translation>Rata-rata penilaian</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="138"/>
        <source>{n} ratings; {share} of finished reports rated</source>
        <translation>{n} penilaian; {share} laporan selesai telah dinilai</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="139"/>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="140"/>
        <source>reports closed as not real or not the city&apos;s</source>
        <translation>laporan ditutup karena tidak nyata atau bukan kewenangan Pemprov</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="141"/>
        <source>Average rating per week</source>
        <translation>Rata-rata penilaian per minggu</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="142"/>
        <source>Average rating per month</source>
        <translation>Rata-rata penilaian per bulan</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="143"/>
        <source>Citizens&apos; ratings, 1 to 5</source>
        <translation>Penilaian warga, 1 sampai 5</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="144"/>
        <source>Ratings</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="145"/>
        <source>No citizen has rated a report of this period yet.</source>
        <translation>Belum ada warga yang menilai laporan periode ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="146"/>
        <source>ratings</source>
        <translation>penilaian</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="147"/>
        <source>A trend needs ratings in at least two weeks.</source>
        <translation>Tren memerlukan penilaian sedikitnya dalam dua minggu.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="148"/>
        <source>A trend needs ratings in at least two months.</source>
        <translation>Tren memerlukan penilaian sedikitnya dalam dua bulan.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="149"/>
        <source>Why reports were rejected</source>
        <translation>Alasan laporan ditolak</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="150"/>
        <source>No report of this period was rejected.</source>
        <translation>Tidak ada laporan periode ini yang ditolak.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="151"/>
        <source>Other reasons, each written for one or two reports</source>
        <translation>Alasan lain, masing-masing ditulis untuk satu atau dua laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="153"/>
        <source>Score</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="154"/>
        <source>From</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="155"/>
        <source>Average</source>
        <translation>Rata-rata</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="156"/>
        <source>No ratings in this period.</source>
        <translation>Tidak ada penilaian dalam periode ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="157"/>
        <source>Rejection reasons</source>
        <translation>Alasan penolakan</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="158"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="159"/>
        <source>Reasons written for fewer than {n} reports are counted together, so that no personal detail typed into a single reason reaches this review.</source>
        <translation>Alasan yang ditulis untuk kurang dari {n} laporan dihitung bersama, agar tidak ada data pribadi yang diketik dalam satu alasan muncul di tinjauan ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="162"/>
        <source>Adaptation</source>
        <translation>Adaptasi</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="163"/>
        <source>Whether the service learns from citizens: reports reopened after being finished, how citizens rate the work, and why reports are rejected.</source>
        <translation>Apakah layanan belajar dari warga: laporan yang dibuka kembali setelah selesai, bagaimana warga menilai pekerjaan, dan mengapa laporan ditolak.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="166"/>
        <source>Supervisor review: queues and effectiveness</source>
        <translation>Tinjauan supervisor: antrean dan efektivitas</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="168"/>
        <source>Reports received {first} – {last}</source>
        <translation>Laporan diterima {first} – {last}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/stats/layout.py" line="169"/>
        <source>Made {moment}</source>
        <translation>Dibuat {moment}</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../desktop/sync/mutations.py" line="43"/>
        <source>This report is not on this workstation (or no longer yours to act on).</source>
        <translation>Laporan ini tidak ada di stasiun kerja ini (atau bukan lagi wewenang Anda).</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/mutations.py" line="44"/>
        <source>The report was closed ({current}) meanwhile; your edit was not applied.</source>
        <translation>Sementara itu laporan sudah ditutup ({current}); suntingan Anda tidak diterapkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/mutations.py" line="45"/>
        <source>A later edit of the {field} was made on another workstation; yours was not applied and is kept here.</source>
        <translation>Suntingan {field} yang lebih baru dibuat di stasiun kerja lain; suntingan Anda tidak diterapkan dan disimpan di sini.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/mutations.py" line="47"/>
        <source>Your edit of the {field} was replaced by a later edit made meanwhile; your text is kept here.</source>
        <translation>Suntingan {field} Anda digantikan oleh suntingan yang lebih baru; teks Anda disimpan di sini.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/mutations.py" line="49"/>
        <source>Only the command centre edits a report&apos;s text.</source>
        <translation>Hanya pusat komando yang menyunting teks laporan.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/mutations.py" line="50"/>
        <source>The {field} cannot be empty.</source>
        <translation>Isian {field} tidak boleh kosong.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/mutations.py" line="51"/>
        <source>The {field} is {length} characters long; the limit is {limit}.</source>
        <translation>Isian {field} sepanjang {length} karakter; batasnya {limit}.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/mutations.py" line="52"/>
        <source>This action needs a written reason.</source>
        <translation>Tindakan ini memerlukan alasan tertulis.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/mutations.py" line="53"/>
        <source>The central database refused this action: {problem}</source>
        <translation>Basis data pusat menolak tindakan ini: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/mutations.py" line="56"/>
        <source>title</source>
        <translation>judul</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/mutations.py" line="57"/>
        <source>description</source>
        <translation>uraian</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/mutations.py" line="58"/>
        <source>address</source>
        <translation>alamat</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/mutations.py" line="62"/>
        <source>This action could not be read and was rejected: {detail}</source>
        <translation>Tindakan ini tidak dapat dibaca dan ditolak: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/link.py" line="37"/>
        <source>The central database cannot be reached: {detail}</source>
        <translation>Basis data pusat tidak dapat dihubungi: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/link.py" line="38"/>
        <source>The central database refused the account {account}; log in again.</source>
        <translation>Basis data pusat menolak akun {account}; silakan masuk lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/link.py" line="39"/>
        <source>The account {account} is not an active JakLapor user on the central database.</source>
        <translation>Akun {account} bukan pengguna JakLapor yang aktif di basis data pusat.</translation>
    </message>
</context>
<context>
    <name>users</name>
    <message>
        <location filename="../../desktop/services/users.py" line="27"/>
        <source>unknown agency {agency}; &apos;jaklapor-desk db agencies --url URL&apos; lists the codes</source>
        <translation>OPD {agency} tidak dikenal; &apos;jaklapor-desk db agencies --url URL&apos; menampilkan daftar kodenya</translation>
    </message>
    <message>
        <location filename="../../desktop/services/users.py" line="29"/>
        <source>unknown role {given}; use one of: {roles}</source>
        <translation>peran {given} tidak dikenal; gunakan salah satu dari: {roles}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/users.py" line="30"/>
        <source>an agency_staff user needs --agency CODE</source>
        <translation>pengguna agency_staff (Staf OPD) harus terdaftar pada sebuah OPD (--agency KODE)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/users.py" line="31"/>
        <source>only agency_staff users belong to an agency; drop --agency</source>
        <translation>hanya pengguna agency_staff (Staf OPD) yang terdaftar pada OPD; hapus --agency</translation>
    </message>
    <message>
        <location filename="../../desktop/services/users.py" line="32"/>
        <source>the password must have at least {length} characters</source>
        <translation>kata sandi harus terdiri dari sedikitnya {length} karakter</translation>
    </message>
    <message>
        <location filename="../../desktop/services/users.py" line="33"/>
        <source>invalid username {username}: use 1–60 characters without spaces</source>
        <translation>nama pengguna {username} tidak sah: gunakan 1–60 karakter tanpa spasi</translation>
    </message>
    <message>
        <location filename="../../desktop/services/users.py" line="34"/>
        <source>the username {username} is already taken</source>
        <translation>nama pengguna {username} sudah dipakai</translation>
    </message>
    <message>
        <location filename="../../desktop/services/users.py" line="35"/>
        <source>there is no user {username}</source>
        <translation>tidak ada pengguna {username}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/users.py" line="37"/>
        <source>only an administrator may manage users</source>
        <translation>hanya administrator yang boleh mengelola pengguna</translation>
    </message>
    <message>
        <location filename="../../desktop/services/users.py" line="38"/>
        <source>there is no such user</source>
        <translation>pengguna tersebut tidak ada</translation>
    </message>
    <message>
        <location filename="../../desktop/services/users.py" line="39"/>
        <source>you cannot change your own role or disable your own account</source>
        <translation>Anda tidak dapat mengubah peran Anda sendiri atau menonaktifkan akun Anda sendiri</translation>
    </message>
</context>
<context>
    <name>workflow</name>
    <message>
        <location filename="../../desktop/core/workflow.py" line="99"/>
        <source>The report is already {target}.</source>
        <translation>Laporan sudah berstatus {target}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/workflow.py" line="100"/>
        <source>A report that is {current} cannot go to {target}.</source>
        <translation>Laporan berstatus {current} tidak dapat diubah menjadi {target}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/workflow.py" line="102"/>
        <source>A {role} may not move a report from {current} to {target}.</source>
        <translation>{role} tidak boleh mengubah laporan dari {current} menjadi {target}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/workflow.py" line="104"/>
        <source>Moving a report from {current} to {target} needs a written reason.</source>
        <translation>Mengubah laporan dari {current} menjadi {target} memerlukan alasan tertulis.</translation>
    </message>
</context>
<context>
    <name>workstation</name>
    <message>
        <location filename="../../desktop/services/workstation.py" line="32"/>
        <source>unknown sslmode {sslmode}; use one of {modes}</source>
        <translation>sslmode {sslmode} tidak dikenal; gunakan salah satu dari {modes}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/workstation.py" line="33"/>
        <source>cannot read the workstation configuration {path}: {problem}; fix it or delete it to run the first-run wizard again</source>
        <translation>tidak dapat membaca konfigurasi workstation {path}: {problem}; perbaiki, atau hapus berkas itu untuk menjalankan wizard penyiapan awal lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/services/workstation.py" line="36"/>
        <source>the workstation configuration {path} names an unknown mode or role; delete it to run the first-run wizard again</source>
        <translation>konfigurasi workstation {path} menyebutkan mode atau peran yang tidak dikenal; hapus berkas itu untuk menjalankan wizard penyiapan awal lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/services/workstation.py" line="39"/>
        <source>this installation already has identity key {existing} at {path}; refusing to replace it with key {key}</source>
        <translation>instalasi ini sudah memiliki kunci identitas {existing} di {path}; kunci itu tidak akan diganti dengan kunci {key}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/workstation.py" line="42"/>
        <source>schema revision {revisions} (current)</source>
        <translation>revisi skema {revisions} (terkini)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/workstation.py" line="43"/>
        <source>enter the central database URL, e.g. postgresql://jaklapor_gate@db.example/jaklapor</source>
        <translation>masukkan URL basis data pusat, mis. postgresql://jaklapor_gate@db.example/jaklapor</translation>
    </message>
    <message>
        <location filename="../../desktop/services/workstation.py" line="45"/>
        <source>not a database URL: {url}</source>
        <translation>bukan URL basis data: {url}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/workstation.py" line="46"/>
        <source>the central database is PostgreSQL: the URL starts with postgresql://</source>
        <translation>basis data pusat adalah PostgreSQL: URL-nya diawali postgresql://</translation>
    </message>
    <message>
        <location filename="../../desktop/services/workstation.py" line="47"/>
        <source>the URL needs a host and a database name: postgresql://user@host/database</source>
        <translation>URL memerlukan host dan nama basis data: postgresql://pengguna@host/basisdata</translation>
    </message>
</context>
</TS>
