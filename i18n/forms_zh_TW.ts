<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Errors</name>
    <message>
        <source>There is no form &quot;{0}&quot; in version {1}.</source>
        <translation>沒有版本為 {1} 的表格「{0}」。</translation>
    </message>
    <message>
        <source>There is no form &quot;{0}&quot;.</source>
        <translation>沒有表格「{0}」。</translation>
    </message>
    <message>
        <source>Run &quot;intake forms list&quot; to see the forms this app has.</source>
        <translation>執行「intake forms list」查看本程式中的表格。</translation>
    </message>
    <message>
        <source>The form definition {0} is damaged.</source>
        <translation>表格定義 {0} 已損壞。</translation>
    </message>
    <message>
        <source>These answers cannot be used.</source>
        <translation>無法使用這些答案。</translation>
    </message>
    <message>
        <source>The form could not be used.</source>
        <translation>無法使用該表格。</translation>
    </message>
    <message>
        <source>Reinstall the app or report this to the archive&apos;s support contact.</source>
        <translation>請重新安裝本程式，或向檔案館的支援聯絡人報告。</translation>
    </message>
    <message>
        <source>The list of choices &quot;{0}&quot; is missing.</source>
        <translation>選項列表「{0}」缺失。</translation>
    </message>
    <message>
        <source>Run &quot;intake forms vocab&quot; to see the lists this app has.</source>
        <translation>執行「intake forms vocab」查看本程式中的選項列表。</translation>
    </message>
    <message>
        <source>Check that the file holds the answers to this form; nothing was changed.</source>
        <translation>請檢查該檔案是否為此表格的答案；未作任何更改。</translation>
    </message>
    <message>
        <source>Answers made with version {0} of &quot;{1}&quot; cannot be moved to version {2}.</source>
        <translation>用「{1}」第 {0} 版填寫的答案無法轉換到第 {2} 版。</translation>
    </message>
    <message>
        <source>The answers were left as they were. Open them with the version they were made with.</source>
        <translation>答案保持原樣。請用填寫時的版本開啟。</translation>
    </message>
    <message>
        <source>Nothing was changed. Report this to the archive&apos;s support contact.</source>
        <translation>未作任何更改。請向檔案館的支援聯絡人報告。</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>選填</translation>
    </message>
    <message>
        <source>only if {0} is {1}</source>
        <translation>僅當 {0} 為 {1} 時</translation>
    </message>
    <message>
        <source>Problems found: {0}. The answers file was not changed.</source>
        <translation>發現問題：{0} 個。答案檔案未被更改。</translation>
    </message>
    <message>
        <source>The answers are complete and valid.</source>
        <translation>答案完整且有效。</translation>
    </message>
</context>
</TS>
