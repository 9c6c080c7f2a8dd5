<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Errors</name>
    <message>
        <source>The receipt code could not be saved there.</source>
        <translation>回执码无法保存到那里。</translation>
    </message>
    <message>
        <source>Choose another folder (for example an encrypted USB stick) and try again.</source>
        <translation>请选择另一个文件夹（例如加密的U盘），然后重试。</translation>
    </message>
</context>
</TS>
