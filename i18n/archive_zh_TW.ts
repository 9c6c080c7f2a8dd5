<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Archive</name>
    <message>
        <source>Custody key {0} written.</source>
        <translation>保管金鑰 {0} 已寫入。</translation>
    </message>
    <message>
        <source>Custody log intact: {0} events.</source>
        <translation>保管日誌完好：{0} 個事件。</translation>
    </message>
    <message>
        <source>Bag written: {0}</source>
        <translation>已寫入 Bag：{0}</translation>
    </message>
    <message>
        <source>{0}: fixity OK</source>
        <translation>{0}：固定性檢查通過</translation>
    </message>
    <message>
        <source>{0}: FIXITY FAILED ({1})</source>
        <translation>{0}：固定性檢查失敗（{1}）</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The custody log has been altered (record {0}: {1}).</source>
        <translation>保管日誌已被改動（第 {0} 筆紀錄：{1}）。</translation>
    </message>
    <message>
        <source>Do not use this record's history; compare it with a backup copy and report it.</source>
        <translation>請不要使用這份紀錄的歷史；請與備份副本比對並回報此事。</translation>
    </message>
    <message>
        <source>The custody log cannot be used.</source>
        <translation>無法使用該保管日誌。</translation>
    </message>
    <message>
        <source>Check the directory and the event type.</source>
        <translation>請檢查目錄和事件類型。</translation>
    </message>
    <message>
        <source>The bag cannot be made: {0}</source>
        <translation>無法產生 Bag：{0}</translation>
    </message>
    <message>
        <source>Use a new, empty output directory and an opened bundle.</source>
        <translation>請使用一個新的空輸出目錄和一個已開啟的包。</translation>
    </message>
    <message>
        <source>This bag failed its fixity check: {0}</source>
        <translation>此 Bag 未通過固定性檢查：{0}</translation>
    </message>
    <message>
        <source>Restore the bag from another copy; do not repair it in place.</source>
        <translation>請從另一份副本還原此 Bag；不要就地修復。</translation>
    </message>
</context>
</TS>
