<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Errors</name>
    <message>
        <source>There is no form &quot;{0}&quot; in version {1}.</source>
        <translation>There is no form &quot;{0}&quot; in version {1}.</translation>
    </message>
    <message>
        <source>There is no form &quot;{0}&quot;.</source>
        <translation>There is no form &quot;{0}&quot;.</translation>
    </message>
    <message>
        <source>Run &quot;intake forms list&quot; to see the forms this app has.</source>
        <translation>Run &quot;intake forms list&quot; to see the forms this app has.</translation>
    </message>
    <message>
        <source>The form definition {0} is damaged.</source>
        <translation>The form definition {0} is damaged.</translation>
    </message>
    <message>
        <source>These answers cannot be used.</source>
        <translation>These answers cannot be used.</translation>
    </message>
    <message>
        <source>The form could not be used.</source>
        <translation>The form could not be used.</translation>
    </message>
    <message>
        <source>Reinstall the app or report this to the archive&apos;s support contact.</source>
        <translation>Reinstall the app or report this to the archive&apos;s support contact.</translation>
    </message>
    <message>
        <source>The list of choices &quot;{0}&quot; is missing.</source>
        <translation>The list of choices &quot;{0}&quot; is missing.</translation>
    </message>
    <message>
        <source>Run &quot;intake forms vocab&quot; to see the lists this app has.</source>
        <translation>Run &quot;intake forms vocab&quot; to see the lists this app has.</translation>
    </message>
    <message>
        <source>Check that the file holds the answers to this form; nothing was changed.</source>
        <translation>Check that the file holds the answers to this form; nothing was changed.</translation>
    </message>
    <message>
        <source>Answers made with version {0} of &quot;{1}&quot; cannot be moved to version {2}.</source>
        <translation>Answers made with version {0} of &quot;{1}&quot; cannot be moved to version {2}.</translation>
    </message>
    <message>
        <source>The answers were left as they were. Open them with the version they were made with.</source>
        <translation>The answers were left as they were. Open them with the version they were made with.</translation>
    </message>
    <message>
        <source>Nothing was changed. Report this to the archive&apos;s support contact.</source>
        <translation>Nothing was changed. Report this to the archive&apos;s support contact.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>only if {0} is {1}</source>
        <translation>only if {0} is {1}</translation>
    </message>
    <message>
        <source>Problems found: {0}. The answers file was not changed.</source>
        <translation>Problems found: {0}. The answers file was not changed.</translation>
    </message>
    <message>
        <source>The answers are complete and valid.</source>
        <translation>The answers are complete and valid.</translation>
    </message>
</context>
</TS>
