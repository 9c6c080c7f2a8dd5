# SPDX-License-Identifier: GPL-3.0-or-later
"""Validation messages in English, Simplified and Traditional Chinese, as data.

``forms`` has no Qt, so its people-facing texts live here (not in ``.ts`` catalogues). Each
entry is keyed by a problem code; ``{label}`` is the field's label in the same language and
other ``{names}`` come from the problem's parameters. A test checks that every code the
validator can emit has all three languages and the same placeholders in each.
"""

from __future__ import annotations

from collections.abc import Mapping

LANGUAGES: tuple[str, ...] = ("en", "zh_CN", "zh_TW")

MESSAGES: dict[str, dict[str, str]] = {
    "required": {
        "en": "{label}: this answer is required.",
        "zh_CN": "{label}：此项必须填写。",
        "zh_TW": "{label}：此項必須填寫。",
    },
    "unknown_field": {
        "en": "{label}: this form has no such question; the answer was kept but cannot be used.",
        "zh_CN": "{label}：本表格没有这个问题；答案已保留，但无法使用。",
        "zh_TW": "{label}：本表格沒有這個問題；答案已保留，但無法使用。",
    },
    "wrong_type": {
        "en": "{label}: expected {expected}.",
        "zh_CN": "{label}：应为{expected}。",
        "zh_TW": "{label}：應為{expected}。",
    },
    "text_too_long": {
        "en": "{label}: too long ({length} characters; at most {max} allowed).",
        "zh_CN": "{label}：内容过长（{length} 个字符；最多 {max} 个）。",
        "zh_TW": "{label}：內容過長（{length} 個字元；最多 {max} 個）。",
    },
    "text_blank": {
        "en": "{label}: only spaces were entered.",
        "zh_CN": "{label}：只输入了空格。",
        "zh_TW": "{label}：只輸入了空格。",
    },
    "number_too_small": {
        "en": "{label}: must be at least {min}.",
        "zh_CN": "{label}：不能小于 {min}。",
        "zh_TW": "{label}：不能小於 {min}。",
    },
    "number_too_large": {
        "en": "{label}: must be at most {max}.",
        "zh_CN": "{label}：不能大于 {max}。",
        "zh_TW": "{label}：不能大於 {max}。",
    },
    "not_integer": {
        "en": "{label}: enter a whole number.",
        "zh_CN": "{label}：请输入整数。",
        "zh_TW": "{label}：請輸入整數。",
    },
    "range_order": {
        "en": "{label}: the lower number is larger than the upper number.",
        "zh_CN": "{label}：下限大于上限。",
        "zh_TW": "{label}：下限大於上限。",
    },
    "range_empty": {
        "en": "{label}: give a number, or a lower and/or an upper number.",
        "zh_CN": "{label}：请填写一个数字，或下限和／或上限。",
        "zh_TW": "{label}：請填寫一個數字，或下限和／或上限。",
    },
    "unknown_code": {
        "en": "{label}: \"{code}\" is not one of the choices offered.",
        "zh_CN": "{label}：“{code}”不在可选项之中。",
        "zh_TW": "{label}：「{code}」不在可選項之中。",
    },
    "duplicate_code": {
        "en": "{label}: \"{code}\" was chosen more than once.",
        "zh_CN": "{label}：“{code}”被重复选择。",
        "zh_TW": "{label}：「{code}」被重複選擇。",
    },
    "other_text_missing": {
        "en": "{label}: \"Other\" was chosen; please describe it.",
        "zh_CN": "{label}：选择了“其他”，请加以说明。",
        "zh_TW": "{label}：選擇了「其他」，請加以說明。",
    },
    "date_invalid": {
        "en": "{label}: \"{value}\" is not a date this form understands. Examples: 1989-06-04, 1989-06, 1989, "
              "1989-06-04~ (about), 1989-06-03/1989-06-04 (between).",
        "zh_CN": "{label}：无法识别日期“{value}”。示例：1989-06-04、1989-06、1989、1989-06-04~（大约）、"
                 "1989-06-03/1989-06-04（期间）。",
        "zh_TW": "{label}：無法識別日期「{value}」。範例：1989-06-04、1989-06、1989、1989-06-04~（大約）、"
                 "1989-06-03/1989-06-04（期間）。",
    },
    "date_order": {
        "en": "{label}: the period \"{value}\" ends before it starts.",
        "zh_CN": "{label}：时间段“{value}”的结束早于开始。",
        "zh_TW": "{label}：時間段「{value}」的結束早於開始。",
    },
    "lunar_invalid": {
        "en": "{label}: that day does not exist in the lunar calendar.",
        "zh_CN": "{label}：农历中没有这一天。",
        "zh_TW": "{label}：農曆中沒有這一天。",
    },
    "time_invalid_local": {
        "en": "{label}: \"{value}\" is not a date and time (write it as 1989-06-04T01:00, local time).",
        "zh_CN": "{label}：“{value}”不是有效的日期时间（请写成 1989-06-04T01:00，当地时间）。",
        "zh_TW": "{label}：「{value}」不是有效的日期時間（請寫成 1989-06-04T01:00，當地時間）。",
    },
    "time_fixed_offset": {
        "en": "{label}: \"{value}\" is a fixed offset; choose a named time zone such as Asia/Shanghai "
              "(Beijing used summer time in 1986-1991).",
        "zh_CN": "{label}：“{value}”是固定时差；请选择时区名称，例如 Asia/Shanghai（北京在1986至1991年实行夏令时）。",
        "zh_TW": "{label}：「{value}」是固定時差；請選擇時區名稱，例如 Asia/Shanghai（北京在1986至1991年實行夏令時）。",
    },
    "time_unknown_zone": {
        "en": "{label}: \"{value}\" is not a known time zone.",
        "zh_CN": "{label}：“{value}”不是已知的时区。",
        "zh_TW": "{label}：「{value}」不是已知的時區。",
    },
    "time_nonexistent": {
        "en": "{label}: {value} did not exist in {zone}: the clocks were put forward that night. "
              "Check the hour with the witness.",
        "zh_CN": "{label}：{value} 在 {zone} 并不存在：当晚时钟被拨快了。请与证人核对钟点。",
        "zh_TW": "{label}：{value} 在 {zone} 並不存在：當晚時鐘被撥快了。請與證人核對鐘點。",
    },
    "time_ambiguous": {
        "en": "{label}: {value} happened twice in {zone} (the clocks were put back); say whether it was "
              "the first or the second time.",
        "zh_CN": "{label}：{value} 在 {zone} 出现了两次（时钟被拨慢）；请说明是第一次还是第二次。",
        "zh_TW": "{label}：{value} 在 {zone} 出現了兩次（時鐘被撥慢）；請說明是第一次還是第二次。",
    },
    "time_utc_mismatch": {
        "en": "{label}: the stored UTC time {utc} does not match {value} in {zone} (expected {expected}).",
        "zh_CN": "{label}：记录的世界协调时 {utc} 与 {zone} 的 {value} 不符（应为 {expected}）。",
        "zh_TW": "{label}：記錄的世界協調時 {utc} 與 {zone} 的 {value} 不符（應為 {expected}）。",
    },
    "needs_caution": {
        "en": "{label}: the witness says they took part ({other}). In the session record, tick \"Witness may "
              "incriminate themselves\", tell the witness they need not answer questions that could incriminate "
              "them, and record that they were told.",
        "zh_CN": "{label}：证人表示曾参与其中（{other}）。请在访谈记录中勾选“证人可能自证其罪”，告知证人可以不回答"
                 "可能使自己入罪的问题，并记录已告知。",
        "zh_TW": "{label}：證人表示曾參與其中（{other}）。請在訪談記錄中勾選「證人可能自證其罪」，告知證人可以不回答"
                 "可能使自己入罪的問題，並記錄已告知。",
    },
    "ref_dangling": {
        "en": "{label}: no record of this testimony has this reference; choose one from {other}.",
        "zh_CN": "{label}：本证言中没有与此编号对应的记录；请从{other}中选择。",
        "zh_TW": "{label}：本證言中沒有與此編號對應的記錄；請從{other}中選擇。",
    },
    "time_before": {
        "en": "{label}: {value} is earlier than {other} ({other_value}); check both times.",
        "zh_CN": "{label}：{value} 早于{other}（{other_value}）；请核对这两个时间。",
        "zh_TW": "{label}：{value} 早於{other}（{other_value}）；請核對這兩個時間。",
    },
    "time_qualifier": {
        "en": "{label}: say how sure the time is (exact, approximate, uncertain or unknown).",
        "zh_CN": "{label}：请说明时间的确定程度（确切、大约、不确定或不知道）。",
        "zh_TW": "{label}：請說明時間的確定程度（確切、大約、不確定或不知道）。",
    },
    "place_empty": {
        "en": "{label}: choose a place from the list or describe it in words.",
        "zh_CN": "{label}：请从列表中选择地点或用文字描述。",
        "zh_TW": "{label}：請從列表中選擇地點或用文字描述。",
    },
    "place_coordinates": {
        "en": "{label}: coordinates need both latitude (-90 to 90) and longitude (-180 to 180).",
        "zh_CN": "{label}：坐标需要同时填写纬度（-90至90）和经度（-180至180）。",
        "zh_TW": "{label}：座標需要同時填寫緯度（-90至90）和經度（-180至180）。",
    },
    "ref_invalid": {
        "en": "{label}: not a record reference (a random id of 32 hexadecimal characters); never use a name.",
        "zh_CN": "{label}：不是记录编号（32位十六进制随机编号）；请勿使用姓名。",
        "zh_TW": "{label}：不是記錄編號（32位十六進位隨機編號）；請勿使用姓名。",
    },
    "position_invalid": {
        "en": "{label}: choose the record from the list (a number: 1 for the first).",
        "zh_CN": "{label}：请从列表中选择记录（序号：第一项为1）。",
        "zh_TW": "{label}：請從列表中選擇記錄（序號：第一項為1）。",
    },
    "media_ref_invalid": {
        "en": "{label}: the file reference is missing or malformed.",
        "zh_CN": "{label}：文件引用缺失或格式不正确。",
        "zh_TW": "{label}：檔案引用缺失或格式不正確。",
    },
    "media_type_invalid": {
        "en": "{label}: \"{value}\" is not an accepted kind of file here.",
        "zh_CN": "{label}：此处不接受“{value}”类型的文件。",
        "zh_TW": "{label}：此處不接受「{value}」類型的檔案。",
    },
    "sha256_invalid": {
        "en": "{label}: the SHA-256 fingerprint must be 64 hexadecimal characters.",
        "zh_CN": "{label}：SHA-256 指纹必须是64位十六进制字符。",
        "zh_TW": "{label}：SHA-256 指紋必須是64位十六進位字元。",
    },
    "consent_wording": {
        "en": "{label}: the recorded wording differs from the wording of this form version; "
              "ask again with the current text.",
        "zh_CN": "{label}：记录的文字与本版本表格的文字不同；请用现行文字重新征询。",
        "zh_TW": "{label}：記錄的文字與本版本表格的文字不同；請用現行文字重新徵詢。",
    },
    "consent_must_agree": {
        "en": "{label}: the testimony cannot go ahead unless this is confirmed.",
        "zh_CN": "{label}：必须确认此项，才能继续提供证言。",
        "zh_TW": "{label}：必須確認此項，才能繼續提供證言。",
    },
    "group_too_few": {
        "en": "{label}: at least {min} entries are needed.",
        "zh_CN": "{label}：至少需要 {min} 项。",
        "zh_TW": "{label}：至少需要 {min} 項。",
    },
    "group_too_many": {
        "en": "{label}: at most {max} entries are allowed.",
        "zh_CN": "{label}：最多只能有 {max} 项。",
        "zh_TW": "{label}：最多只能有 {max} 項。",
    },
    "needs_consent": {
        "en": "{label}: this was filled in, but the answer to \"{other}\" does not allow it.",
        "zh_CN": "{label}：此项已填写，但“{other}”的答复不允许这样做。",
        "zh_TW": "{label}：此項已填寫，但「{other}」的答覆不允許這樣做。",
    },
    "not_an_object": {
        "en": "{label}: the answers must be a set of named fields (a JSON object).",
        "zh_CN": "{label}：答案必须是具名字段的集合（JSON 对象）。",
        "zh_TW": "{label}：答案必須是具名欄位的集合（JSON 物件）。",
    },
}

# Names of value kinds used in ``wrong_type`` ({expected}).
EXPECTED: dict[str, dict[str, str]] = {
    "text": {"en": "text", "zh_CN": "文字", "zh_TW": "文字"},
    "number": {"en": "a number", "zh_CN": "数字", "zh_TW": "數字"},
    "range": {"en": "a number or a lower/upper number", "zh_CN": "数字或上下限", "zh_TW": "數字或上下限"},
    "choice": {"en": "one choice", "zh_CN": "一个选项", "zh_TW": "一個選項"},
    "choices": {"en": "a list of choices", "zh_CN": "选项列表", "zh_TW": "選項列表"},
    "boolean": {"en": "yes or no", "zh_CN": "是或否", "zh_TW": "是或否"},
    "date": {"en": "a date (EDTF text)", "zh_CN": "日期（EDTF 格式文字）", "zh_TW": "日期（EDTF 格式文字）"},
    "time": {"en": "a local time with its time zone", "zh_CN": "当地时间及其时区", "zh_TW": "當地時間及其時區"},
    "place": {"en": "a place", "zh_CN": "地点", "zh_TW": "地點"},
    "ref": {"en": "a record reference", "zh_CN": "记录编号", "zh_TW": "記錄編號"},
    "media": {"en": "a file reference", "zh_CN": "文件引用", "zh_TW": "檔案引用"},
    "consent": {"en": "a recorded consent answer", "zh_CN": "已记录的同意答复", "zh_TW": "已記錄的同意答覆"},
    "group": {"en": "a group of answers", "zh_CN": "一组答案", "zh_TW": "一組答案"},
    "groups": {"en": "a list of entries", "zh_CN": "多项条目的列表", "zh_TW": "多項條目的列表"},
}


def render(code: str, lang: str, label: str, params: Mapping[str, object]) -> str:
    """The message for ``code`` in ``lang`` (English if the language is unknown)."""
    texts = MESSAGES[code]
    template = texts.get(lang, texts["en"])
    # A parameter given in three languages (e.g. another field's label) is shown in this one.
    values = {k: (v.get(lang) or v.get("en")) if isinstance(v, Mapping) and "en" in v else v
              for k, v in params.items()}
    if code == "wrong_type":
        kinds = EXPECTED.get(str(params.get("expected", "")), {"en": str(params.get("expected", ""))})
        values["expected"] = kinds.get(lang, kinds["en"])
    return template.format(label=label, **values)
