<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Errors</name>
    <message>
        <source>The file asks for an unusually expensive passphrase check (work factor {0}, limit {1}).</source>
        <translation>該檔案要求異常耗費資源的密碼驗證（工作因子 {0}，上限 {1}）。</translation>
    </message>
    <message>
        <source>It was refused to protect this computer. Only continue if you trust where the file came from.</source>
        <translation>為保護本電腦已拒絕處理。僅當您信任該檔案的來源時才繼續。</translation>
    </message>
    <message>
        <source>The encrypted file is damaged or has been tampered with.</source>
        <translation>加密檔案已損壞或已被竄改。</translation>
    </message>
    <message>
        <source>Do not rely on any partial output. Get a fresh copy of the file.</source>
        <translation>請勿依賴任何不完整的輸出。請重新取得該檔案的副本。</translation>
    </message>
    <message>
        <source>The file could not be encrypted or decrypted.</source>
        <translation>無法加密或解密該檔案。</translation>
    </message>
    <message>
        <source>Check the file and the keys, then try again.</source>
        <translation>請檢查檔案和金鑰，然後重試。</translation>
    </message>
    <message>
        <source>This is not a valid age-encrypted file, or its header is damaged.</source>
        <translation>這不是有效的 age 加密檔案，或其檔頭已損壞。</translation>
    </message>
    <message>
        <source>Check that you chose the right file; if so, get a fresh copy.</source>
        <translation>請確認您選擇了正確的檔案；如果是，請重新取得副本。</translation>
    </message>
    <message>
        <source>This file uses a newer or unknown version of the age format.</source>
        <translation>該檔案使用了較新或未知版本的 age 格式。</translation>
    </message>
    <message>
        <source>Update this app, then try again.</source>
        <translation>請更新本應用程式，然後重試。</translation>
    </message>
    <message>
        <source>The encrypted file&apos;s header has been modified or damaged.</source>
        <translation>加密檔案的檔頭已被修改或損壞。</translation>
    </message>
    <message>
        <source>Do not trust this file. Get a fresh copy from its source.</source>
        <translation>請勿信任該檔案。請從來源重新取得副本。</translation>
    </message>
    <message>
        <source>The encrypted file is incomplete: it ends too early.</source>
        <translation>加密檔案不完整：檔案提前結束。</translation>
    </message>
    <message>
        <source>The copy or download was probably interrupted. Get a complete copy of the file.</source>
        <translation>複製或下載可能被中斷。請取得該檔案的完整副本。</translation>
    </message>
    <message>
        <source>The text-armored encrypted file is damaged (lines changed, added or cut).</source>
        <translation>文字格式的加密檔案已損壞（有行被修改、新增或截斷）。</translation>
    </message>
    <message>
        <source>Copy the whole text again, from the BEGIN line to the END line, unchanged.</source>
        <translation>請重新完整複製全部文字，從 BEGIN 行到 END 行，不作任何改動。</translation>
    </message>
    <message>
        <source>A key is not written correctly (it may be mistyped or cut short).</source>
        <translation>金鑰格式不正確（可能輸錯或被截斷）。</translation>
    </message>
    <message>
        <source>Copy the key again exactly; recipients start with age1, secret keys with AGE-SECRET-KEY-.</source>
        <translation>請準確地重新複製金鑰；收件人以 age1 開頭，私鑰以 AGE-SECRET-KEY- 開頭。</translation>
    </message>
    <message>
        <source>These recipients cannot be used together.</source>
        <translation>這些收件人不能一起使用。</translation>
    </message>
    <message>
        <source>Use either one passphrase alone, or only post-quantum keys, or only classic keys.</source>
        <translation>請只使用一個密碼，或只使用後量子金鑰，或只使用傳統金鑰。</translation>
    </message>
    <message>
        <source>This file was not encrypted to any of the keys you gave.</source>
        <translation>該檔案並未針對您提供的任何金鑰加密。</translation>
    </message>
    <message>
        <source>Use the key (identity file) of one of the file&apos;s recipients.</source>
        <translation>請使用該檔案某個收件人的私鑰檔案（age 身分檔案）。</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>密碼錯誤。</translation>
    </message>
    <message>
        <source>Check the passphrase (and the keyboard layout) and try again.</source>
        <translation>請檢查密碼（注意輸入法是否為英文模式、大寫鎖定鍵是否開啟，以及鍵盤配置），然後重試。</translation>
    </message>
    <message>
        <source>The key file is protected by a passphrase, and none was given.</source>
        <translation>金鑰檔案受密碼保護，但未提供密碼。</translation>
    </message>
    <message>
        <source>Enter the passphrase when asked, or use --passphrase-file.</source>
        <translation>請在提示時輸入密碼，或使用 --passphrase-file。</translation>
    </message>
    <message>
        <source>Type the passphrase when asked.</source>
        <translation>請在提示時輸入密碼。</translation>
    </message>
</context>
</TS>
