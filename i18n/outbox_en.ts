<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Errors</name>
    <message>
        <source>The receipt code could not be saved there.</source>
        <translation>The receipt code could not be saved there.</translation>
    </message>
    <message>
        <source>Choose another folder (for example an encrypted USB stick) and try again.</source>
        <translation>Choose another folder (for example an encrypted USB stick) and try again.</translation>
    </message>
</context>
</TS>
