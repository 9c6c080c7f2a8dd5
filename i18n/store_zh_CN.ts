<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Errors</name>
    <message>
        <source>Check the passphrase (and the keyboard layout) and try again.</source>
        <translation>请检查密码（注意输入法是否处于英文状态、大写锁定键是否打开，以及键盘布局），然后重试。</translation>
    </message>
    <message>
        <source>After {0} failed attempts the store waits {1} seconds before the next try.</source>
        <translation>已失败 {0} 次，存储库将等待 {1} 秒后才允许再次尝试。</translation>
    </message>
    <message>
        <source>The passphrase does not unlock this store.</source>
        <translation>该密码无法解锁此存储库。</translation>
    </message>
    <message>
        <source>The disk is full; the file could not be stored.</source>
        <translation>磁盘已满，文件无法保存。</translation>
    </message>
    <message>
        <source>Everything stored earlier is intact. Free some space and try again.</source>
        <translation>之前保存的内容都完好无损。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>A file could not be written to the store.</source>
        <translation>无法将文件写入存储库。</translation>
    </message>
    <message>
        <source>Everything stored earlier is intact. Check the disk and try again.</source>
        <translation>之前保存的内容都完好无损。请检查磁盘后重试。</translation>
    </message>
    <message>
        <source>The local store reported a problem.</source>
        <translation>本地存储库报告了一个问题。</translation>
    </message>
    <message>
        <source>Nothing stored earlier was changed. Please try again.</source>
        <translation>之前保存的内容没有任何改动。请重试。</translation>
    </message>
    <message>
        <source>There is no store here yet.</source>
        <translation>这里还没有存储库。</translation>
    </message>
    <message>
        <source>Create one with: intake store init</source>
        <translation>请用以下命令创建：intake store init</translation>
    </message>
    <message>
        <source>A store already exists here.</source>
        <translation>这里已经有一个存储库。</translation>
    </message>
    <message>
        <source>Use the existing store, or wipe it first if you really mean to start over.</source>
        <translation>请使用现有的存储库；如果确实要重新开始，请先将其清除。</translation>
    </message>
    <message>
        <source>The store is locked.</source>
        <translation>存储库已锁定。</translation>
    </message>
    <message>
        <source>Unlock it with your passphrase to continue.</source>
        <translation>请输入密码解锁后继续。</translation>
    </message>
    <message>
        <source>The store&apos;s database is damaged or is not a store.</source>
        <translation>存储库的数据库已损坏，或者不是存储库。</translation>
    </message>
    <message>
        <source>Do not delete anything. Contact the archive&apos;s support for help with recovery.</source>
        <translation>请不要删除任何东西。请联系档案馆的支持联系人协助恢复。</translation>
    </message>
    <message>
        <source>This store was written by a newer version of the app.</source>
        <translation>此存储库是由更新版本的应用程序写入的。</translation>
    </message>
    <message>
        <source>Install the newest version of the app to open it.</source>
        <translation>请安装最新版本的应用程序来打开它。</translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved.</source>
        <translation>磁盘已满，更改未保存。</translation>
    </message>
    <message>
        <source>There is no record with that id in the store.</source>
        <translation>存储库中没有该编号的记录。</translation>
    </message>
    <message>
        <source>List the records with: intake store list</source>
        <translation>请用以下命令列出记录：intake store list</translation>
    </message>
    <message>
        <source>This record cannot be changed that way now (it is {0}).</source>
        <translation>此记录目前不能这样修改（状态：{0}）。</translation>
    </message>
    <message>
        <source>Finalised testimonies cannot be edited; add a note or start a new version.</source>
        <translation>已定稿的证言不能编辑；请添加备注或开始一个新版本。</translation>
    </message>
    <message>
        <source>Identity details cannot be saved without an archive profile.</source>
        <translation>没有档案馆配置文件，无法保存身份信息。</translation>
    </message>
    <message>
        <source>Import the archive&apos;s profile first, so identity details can be sealed to it.</source>
        <translation>请先导入档案馆的配置文件，以便身份信息可以用它的密钥加密密封。</translation>
    </message>
    <message>
        <source>A stored file could not be read.</source>
        <translation>无法读取一个已保存的文件。</translation>
    </message>
    <message>
        <source>Other records are not affected. Contact the archive&apos;s support.</source>
        <translation>其他记录不受影响。请联系档案馆的支持联系人。</translation>
    </message>
    <message>
        <source>A stored file is missing from the store.</source>
        <translation>存储库中缺少一个已保存的文件。</translation>
    </message>
    <message>
        <source>Other records are not affected. Restore the store from a backup if you have one.</source>
        <translation>其他记录不受影响。如有备份，请从备份恢复存储库。</translation>
    </message>
    <message>
        <source>A stored file is damaged or was altered.</source>
        <translation>一个已保存的文件已损坏或被篡改。</translation>
    </message>
    <message>
        <source>A recording or file was interrupted before it was finished.</source>
        <translation>一段录音或一个文件在完成之前被中断了。</translation>
    </message>
    <message>
        <source>Open the store again to recover everything up to the interruption.</source>
        <translation>请重新打开存储库，以恢复中断之前的全部内容。</translation>
    </message>
    <message>
        <source>This profile is for another archive: this store is bound to “{0}” (fingerprint {1}), the profile given has fingerprint {2}. Nothing was sealed.</source>
        <translation>此配置文件属于另一个档案馆：本存储库已绑定到“{0}”（核对码 {1}），您给出的配置文件核对码为 {2}。没有密封任何内容。</translation>
    </message>
    <message>
        <source>Use the profile of the archive this store was set up for. To move the store to another archive, check the new fingerprint with that archive by phone, then run: intake store rebind --profile FILE --fingerprint &quot;DIGITS&quot;</source>
        <translation>请使用本存储库所属档案馆的配置文件。如要改为另一个档案馆，请先通过电话与该档案馆核对新的核对码，然后运行：intake store rebind --profile FILE --fingerprint &quot;DIGITS&quot;</translation>
    </message>
    <message>
        <source>Interviews holding material sealed for the current archive, which the new archive could not open: {0}.</source>
        <translation>包含已为当前档案馆密封、新档案馆无法打开的资料的访谈：{0} 个。</translation>
    </message>
    <message>
        <source>Finish them and send them to the current archive first, then change the archive.</source>
        <translation>请先完成这些访谈并发送给当前档案馆，然后再更换档案馆。</translation>
    </message>
    <message>
        <source>This enrolment was signed by another archive, not the one this device seals for. It was not kept.</source>
        <translation>此登记文件由另一个档案馆签署，而不是此设备为之密封的档案馆。它没有被保存。</translation>
    </message>
    <message>
        <source>This enrolment is for another device. It was not kept.</source>
        <translation>此登记文件属于另一台设备。它没有被保存。</translation>
    </message>
    <message>
        <source>This device is not set up for an archive yet, so an enrolment cannot be checked. It was not kept.</source>
        <translation>此设备还没有设置档案馆，因此无法核对登记文件。它没有被保存。</translation>
    </message>
    <message>
        <source>Give the archive this device&apos;s public key and ask for its enrolment file again.</source>
        <translation>请把此设备的公钥交给档案馆，并重新索取登记文件。</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>finalised</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>sent, with a verified receipt</source>
        <translation>已发送，回执已核验</translation>
    </message>
    <message>
        <source>in another state</source>
        <translation>其他状态</translation>
    </message>
    <message>
        <source>Set up the app first: its first start creates the store.</source>
        <translation>请先设置本程序：首次启动时会创建存储库。</translation>
    </message>
    <message>
        <source>Go back to the list and choose a testimony from it.</source>
        <translation>请返回列表，从中选择一份证言。</translation>
    </message>
    <message>
        <source>Use the profile of the archive this store was set up for. To move the store to another archive, ask the archive's support contact.</source>
        <translation>请使用本存储库所属档案馆的配置文件。如要改为另一个档案馆，请询问档案馆的支持联系人。</translation>
    </message>
</context>
<context>
    <name>StoreCli</name>
    <message>
        <source>Store passphrase: </source>
        <translation>存储库密码：</translation>
    </message>
    <message>
        <source>Created the encrypted store in {0}</source>
        <translation>已在 {0} 创建加密存储库</translation>
    </message>
    <message>
        <source>intake: the answers file must hold a JSON object</source>
        <translation>intake：答案文件必须包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>intake: cannot read the file {0}</source>
        <translation>intake：无法读取文件 {0}</translation>
    </message>
    <message>
        <source>The store holds no testimonies.</source>
        <translation>存储库中没有证言。</translation>
    </message>
    <message>
        <source>Sealed bundle {0} is in the outbox ({1} bytes, SHA-256 {2})</source>
        <translation>证言包 {0} 已放入“待发送”列表（{1} 字节，SHA-256 {2}）</translation>
    </message>
    <message>
        <source>This device&apos;s public key (give it to the archive to enrol this device):</source>
        <translation>此设备的公钥（交给档案馆以登记此设备）：</translation>
    </message>
    <message>
        <source>This device is enrolled as interviewer {0}.</source>
        <translation>此设备已登记为访谈员 {0}。</translation>
    </message>
    <message>
        <source>This device is not enrolled: the archive will see its bundles as from an unknown device.</source>
        <translation>此设备尚未登记：档案馆会把它的证言包视为来自未知设备。</translation>
    </message>
    <message>
        <source>intake: the enrolment file cannot be read</source>
        <translation>intake：无法读取登记文件</translation>
    </message>
    <message>
        <source>This device is enrolled as interviewer {0}; every bundle it seals says so.</source>
        <translation>此设备已登记为访谈员 {0}；它密封的每个证言包都会注明这一点。</translation>
    </message>
    <message>
        <source>intake: this device has no checkpoint of the archive&apos;s log yet (nothing was sent)</source>
        <translation>intake：此设备还没有档案馆日志的检查点（尚未发送过任何内容）</translation>
    </message>
    <message>
        <source>The store was bound to {0} (fingerprint {1}).</source>
        <translation>本存储库原先绑定到 {0}（核对码 {1}）。</translation>
    </message>
    <message>
        <source>From now on this store seals for {0} (fingerprint {1}).</source>
        <translation>从现在起，本存储库为 {0} 密封（核对码 {1}）。</translation>
    </message>
    <message>
        <source>Wrote bundle {0} to {1}</source>
        <translation>已将证言包 {0} 写入 {1}</translation>
    </message>
    <message>
        <source>Locked: open windows of the app lock within seconds; the command line keeps nothing unlocked.</source>
        <translation>已锁定：打开的应用窗口将在几秒内锁定；命令行不会保持任何内容处于解锁状态。</translation>
    </message>
    <message>
        <source>intake: wipe destroys every testimony in this store; add --yes to confirm</source>
        <translation>intake：清除将销毁此存储库中的所有证言；请加上 --yes 确认</translation>
    </message>
    <message>
        <source>The store was destroyed.</source>
        <translation>存储库已销毁。</translation>
    </message>
    <message>
        <source>There was no store to destroy.</source>
        <translation>没有可销毁的存储库。</translation>
    </message>
    <message>
        <source>intake: {0} must name a record by its number in this testimony (1 for the first), not by an id. Answers made with an older form version: move them with &quot;intake forms migrate&quot;. Nothing was stored.</source>
        <translation>intake：{0} 必须以记录在本证言中的序号（第一项为1）指明记录，而不是记录编号。用旧版表格填写的答案：请用“intake forms migrate”转换。未保存任何内容。</translation>
    </message>
</context>
</TS>
