<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Errors</name>
    <message>
        <source>There is no form &quot;{0}&quot; in version {1}.</source>
        <translation>没有版本为 {1} 的表格“{0}”。</translation>
    </message>
    <message>
        <source>There is no form &quot;{0}&quot;.</source>
        <translation>没有表格“{0}”。</translation>
    </message>
    <message>
        <source>Run &quot;intake forms list&quot; to see the forms this app has.</source>
        <translation>运行“intake forms list”查看本程序中的表格。</translation>
    </message>
    <message>
        <source>The form definition {0} is damaged.</source>
        <translation>表格定义 {0} 已损坏。</translation>
    </message>
    <message>
        <source>These answers cannot be used.</source>
        <translation>无法使用这些答案。</translation>
    </message>
    <message>
        <source>The form could not be used.</source>
        <translation>无法使用该表格。</translation>
    </message>
    <message>
        <source>Reinstall the app or report this to the archive&apos;s support contact.</source>
        <translation>请重新安装本程序，或向档案馆的支持联系人报告。</translation>
    </message>
    <message>
        <source>The list of choices &quot;{0}&quot; is missing.</source>
        <translation>选项列表“{0}”缺失。</translation>
    </message>
    <message>
        <source>Run &quot;intake forms vocab&quot; to see the lists this app has.</source>
        <translation>运行“intake forms vocab”查看本程序中的选项列表。</translation>
    </message>
    <message>
        <source>Check that the file holds the answers to this form; nothing was changed.</source>
        <translation>请检查该文件是否为此表格的答案；未作任何更改。</translation>
    </message>
    <message>
        <source>Answers made with version {0} of &quot;{1}&quot; cannot be moved to version {2}.</source>
        <translation>用“{1}”第 {0} 版填写的答案无法转换到第 {2} 版。</translation>
    </message>
    <message>
        <source>The answers were left as they were. Open them with the version they were made with.</source>
        <translation>答案保持原样。请用填写时的版本打开。</translation>
    </message>
    <message>
        <source>Nothing was changed. Report this to the archive&apos;s support contact.</source>
        <translation>未作任何更改。请向档案馆的支持联系人报告。</translation>
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
        <translation>选填</translation>
    </message>
    <message>
        <source>only if {0} is {1}</source>
        <translation>仅当 {0} 为 {1} 时</translation>
    </message>
    <message>
        <source>Problems found: {0}. The answers file was not changed.</source>
        <translation>发现问题：{0} 个。答案文件未被更改。</translation>
    </message>
    <message>
        <source>The answers are complete and valid.</source>
        <translation>答案完整且有效。</translation>
    </message>
</context>
</TS>
