<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Errors</name>
    <message>
        <source>Check the passphrase (and the keyboard layout) and try again.</source>
        <translation>Check the passphrase (and the keyboard layout) and try again.</translation>
    </message>
    <message>
        <source>After {0} failed attempts the store waits {1} seconds before the next try.</source>
        <translation>After {0} failed attempts the store waits {1} seconds before the next try.</translation>
    </message>
    <message>
        <source>The passphrase does not unlock this store.</source>
        <translation>The passphrase does not unlock this store.</translation>
    </message>
    <message>
        <source>The disk is full; the file could not be stored.</source>
        <translation>The disk is full; the file could not be stored.</translation>
    </message>
    <message>
        <source>Everything stored earlier is intact. Free some space and try again.</source>
        <translation>Everything stored earlier is intact. Free some space and try again.</translation>
    </message>
    <message>
        <source>A file could not be written to the store.</source>
        <translation>A file could not be written to the store.</translation>
    </message>
    <message>
        <source>Everything stored earlier is intact. Check the disk and try again.</source>
        <translation>Everything stored earlier is intact. Check the disk and try again.</translation>
    </message>
    <message>
        <source>The local store reported a problem.</source>
        <translation>The local store reported a problem.</translation>
    </message>
    <message>
        <source>Nothing stored earlier was changed. Please try again.</source>
        <translation>Nothing stored earlier was changed. Please try again.</translation>
    </message>
    <message>
        <source>There is no store here yet.</source>
        <translation>There is no store here yet.</translation>
    </message>
    <message>
        <source>Create one with: intake store init</source>
        <translation>Create one with: intake store init</translation>
    </message>
    <message>
        <source>A store already exists here.</source>
        <translation>A store already exists here.</translation>
    </message>
    <message>
        <source>Use the existing store, or wipe it first if you really mean to start over.</source>
        <translation>Use the existing store, or wipe it first if you really mean to start over.</translation>
    </message>
    <message>
        <source>The store is locked.</source>
        <translation>The store is locked.</translation>
    </message>
    <message>
        <source>Unlock it with your passphrase to continue.</source>
        <translation>Unlock it with your passphrase to continue.</translation>
    </message>
    <message>
        <source>The store&apos;s database is damaged or is not a store.</source>
        <translation>The store&apos;s database is damaged or is not a store.</translation>
    </message>
    <message>
        <source>Do not delete anything. Contact the archive&apos;s support for help with recovery.</source>
        <translation>Do not delete anything. Contact the archive&apos;s support for help with recovery.</translation>
    </message>
    <message>
        <source>This store was written by a newer version of the app.</source>
        <translation>This store was written by a newer version of the app.</translation>
    </message>
    <message>
        <source>Install the newest version of the app to open it.</source>
        <translation>Install the newest version of the app to open it.</translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved.</source>
        <translation>The disk is full; the change was not saved.</translation>
    </message>
    <message>
        <source>There is no record with that id in the store.</source>
        <translation>There is no record with that id in the store.</translation>
    </message>
    <message>
        <source>List the records with: intake store list</source>
        <translation>List the records with: intake store list</translation>
    </message>
    <message>
        <source>This record cannot be changed that way now (it is {0}).</source>
        <translation>This record cannot be changed that way now (it is {0}).</translation>
    </message>
    <message>
        <source>Finalised testimonies cannot be edited; add a note or start a new version.</source>
        <translation>Finalised testimonies cannot be edited; add a note or start a new version.</translation>
    </message>
    <message>
        <source>Identity details cannot be saved without an archive profile.</source>
        <translation>Identity details cannot be saved without an archive profile.</translation>
    </message>
    <message>
        <source>Import the archive&apos;s profile first, so identity details can be sealed to it.</source>
        <translation>Import the archive&apos;s profile first, so identity details can be sealed to it.</translation>
    </message>
    <message>
        <source>A stored file could not be read.</source>
        <translation>A stored file could not be read.</translation>
    </message>
    <message>
        <source>Other records are not affected. Contact the archive&apos;s support.</source>
        <translation>Other records are not affected. Contact the archive&apos;s support.</translation>
    </message>
    <message>
        <source>A stored file is missing from the store.</source>
        <translation>A stored file is missing from the store.</translation>
    </message>
    <message>
        <source>Other records are not affected. Restore the store from a backup if you have one.</source>
        <translation>Other records are not affected. Restore the store from a backup if you have one.</translation>
    </message>
    <message>
        <source>A stored file is damaged or was altered.</source>
        <translation>A stored file is damaged or was altered.</translation>
    </message>
    <message>
        <source>A recording or file was interrupted before it was finished.</source>
        <translation>A recording or file was interrupted before it was finished.</translation>
    </message>
    <message>
        <source>Open the store again to recover everything up to the interruption.</source>
        <translation>Open the store again to recover everything up to the interruption.</translation>
    </message>
    <message>
        <source>This profile is for another archive: this store is bound to “{0}” (fingerprint {1}), the profile given has fingerprint {2}. Nothing was sealed.</source>
        <translation>This profile is for another archive: this store is bound to “{0}” (fingerprint {1}), the profile given has fingerprint {2}. Nothing was sealed.</translation>
    </message>
    <message>
        <source>Use the profile of the archive this store was set up for. To move the store to another archive, check the new fingerprint with that archive by phone, then run: intake store rebind --profile FILE --fingerprint &quot;DIGITS&quot;</source>
        <translation>Use the profile of the archive this store was set up for. To move the store to another archive, check the new fingerprint with that archive by phone, then run: intake store rebind --profile FILE --fingerprint &quot;DIGITS&quot;</translation>
    </message>
    <message>
        <source>Interviews holding material sealed for the current archive, which the new archive could not open: {0}.</source>
        <translation>Interviews holding material sealed for the current archive, which the new archive could not open: {0}.</translation>
    </message>
    <message>
        <source>Finish them and send them to the current archive first, then change the archive.</source>
        <translation>Finish them and send them to the current archive first, then change the archive.</translation>
    </message>
    <message>
        <source>This enrolment was signed by another archive, not the one this device seals for. It was not kept.</source>
        <translation>This enrolment was signed by another archive, not the one this device seals for. It was not kept.</translation>
    </message>
    <message>
        <source>This enrolment is for another device. It was not kept.</source>
        <translation>This enrolment is for another device. It was not kept.</translation>
    </message>
    <message>
        <source>This device is not set up for an archive yet, so an enrolment cannot be checked. It was not kept.</source>
        <translation>This device is not set up for an archive yet, so an enrolment cannot be checked. It was not kept.</translation>
    </message>
    <message>
        <source>Give the archive this device&apos;s public key and ask for its enrolment file again.</source>
        <translation>Give the archive this device&apos;s public key and ask for its enrolment file again.</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>a draft</translation>
    </message>
    <message>
        <source>finalised</source>
        <translation>finalised</translation>
    </message>
    <message>
        <source>sent, with a verified receipt</source>
        <translation>sent, with a verified receipt</translation>
    </message>
    <message>
        <source>in another state</source>
        <translation>in another state</translation>
    </message>
    <message>
        <source>Set up the app first: its first start creates the store.</source>
        <translation>Set up the app first: its first start creates the store.</translation>
    </message>
    <message>
        <source>Go back to the list and choose a testimony from it.</source>
        <translation>Go back to the list and choose a testimony from it.</translation>
    </message>
    <message>
        <source>Use the profile of the archive this store was set up for. To move the store to another archive, ask the archive's support contact.</source>
        <translation>Use the profile of the archive this store was set up for. To move the store to another archive, ask the archive's support contact.</translation>
    </message>
</context>
<context>
    <name>StoreCli</name>
    <message>
        <source>Store passphrase: </source>
        <translation>Store passphrase: </translation>
    </message>
    <message>
        <source>Created the encrypted store in {0}</source>
        <translation>Created the encrypted store in {0}</translation>
    </message>
    <message>
        <source>intake: the answers file must hold a JSON object</source>
        <translation>intake: the answers file must hold a JSON object</translation>
    </message>
    <message>
        <source>intake: cannot read the file {0}</source>
        <translation>intake: cannot read the file {0}</translation>
    </message>
    <message>
        <source>The store holds no testimonies.</source>
        <translation>The store holds no testimonies.</translation>
    </message>
    <message>
        <source>Sealed bundle {0} is in the outbox ({1} bytes, SHA-256 {2})</source>
        <translation>Sealed bundle {0} is in the outbox ({1} bytes, SHA-256 {2})</translation>
    </message>
    <message>
        <source>This device&apos;s public key (give it to the archive to enrol this device):</source>
        <translation>This device&apos;s public key (give it to the archive to enrol this device):</translation>
    </message>
    <message>
        <source>This device is enrolled as interviewer {0}.</source>
        <translation>This device is enrolled as interviewer {0}.</translation>
    </message>
    <message>
        <source>This device is not enrolled: the archive will see its bundles as from an unknown device.</source>
        <translation>This device is not enrolled: the archive will see its bundles as from an unknown device.</translation>
    </message>
    <message>
        <source>intake: the enrolment file cannot be read</source>
        <translation>intake: the enrolment file cannot be read</translation>
    </message>
    <message>
        <source>This device is enrolled as interviewer {0}; every bundle it seals says so.</source>
        <translation>This device is enrolled as interviewer {0}; every bundle it seals says so.</translation>
    </message>
    <message>
        <source>intake: this device has no checkpoint of the archive&apos;s log yet (nothing was sent)</source>
        <translation>intake: this device has no checkpoint of the archive&apos;s log yet (nothing was sent)</translation>
    </message>
    <message>
        <source>The store was bound to {0} (fingerprint {1}).</source>
        <translation>The store was bound to {0} (fingerprint {1}).</translation>
    </message>
    <message>
        <source>From now on this store seals for {0} (fingerprint {1}).</source>
        <translation>From now on this store seals for {0} (fingerprint {1}).</translation>
    </message>
    <message>
        <source>Wrote bundle {0} to {1}</source>
        <translation>Wrote bundle {0} to {1}</translation>
    </message>
    <message>
        <source>Locked: open windows of the app lock within seconds; the command line keeps nothing unlocked.</source>
        <translation>Locked: open windows of the app lock within seconds; the command line keeps nothing unlocked.</translation>
    </message>
    <message>
        <source>intake: wipe destroys every testimony in this store; add --yes to confirm</source>
        <translation>intake: wipe destroys every testimony in this store; add --yes to confirm</translation>
    </message>
    <message>
        <source>The store was destroyed.</source>
        <translation>The store was destroyed.</translation>
    </message>
    <message>
        <source>There was no store to destroy.</source>
        <translation>There was no store to destroy.</translation>
    </message>
    <message>
        <source>intake: {0} must name a record by its number in this testimony (1 for the first), not by an id. Answers made with an older form version: move them with &quot;intake forms migrate&quot;. Nothing was stored.</source>
        <translation>intake: {0} must name a record by its number in this testimony (1 for the first), not by an id. Answers made with an older form version: move them with &quot;intake forms migrate&quot;. Nothing was stored.</translation>
    </message>
</context>
</TS>
