<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Errors</name>
    <message>
        <source>No bridge lines were given for the bridges you chose.</source>
        <translation>您选择了网桥，但没有提供网桥行。</translation>
    </message>
    <message>
        <source>Paste at least one bridge line (from Tor Browser or a person you trust), or choose "No bridges". Nothing was connected.</source>
        <translation>请至少粘贴一行网桥（来自 Tor 浏览器或您信任的人），或选择“不使用网桥”。没有进行任何连接。</translation>
    </message>
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
