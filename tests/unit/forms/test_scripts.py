# SPDX-License-Identifier: GPL-3.0-or-later
"""zh_CN texts use Simplified characters and zh_TW texts Traditional ones (a copy-paste between
the two columns is the usual slip). Only characters that exist in one script alone are listed."""

from __future__ import annotations

from collections.abc import Iterator

import intake_forms as forms
from intake_forms.export import _WORDS
from intake_forms.messages import EXPECTED, MESSAGES

SIMPLIFIED_ONLY = set(
    "这们说为时来对会发现进过还应与问题关见认间实样长经学没务动门书车东义习乐买亲从众优传伤体党决况创删别剧办劳势"
    "区医华单卫厂历压县参双变号吗听启员响园围图圆国场坏块坚坛处备复头夺妇妈宁宝审宫导寿将尔层岁岛币师带帮广庄庆库应"
    "废开弃张弹强归录彻忆态总恶惊惯愤战户护报拥择挤换据损摄摆摇数断无旧显晓术机杀杂权条极构枪标栏树档桥梦检楼欢残毁"
    "气汉沟泪泽洁浅测济浓涂润涨渐温湾湿满灭灵灾点烂烟热爱爷独狭献环现电画疗盖监码础确礼离种称积稳穷竞笔签简粮紧纪约"
    "红级纯纲纳纵纷纸纹线练组细织终经绑结绕给络绝统继续维综缓编缘缩罚罗职联肃肤胁胜脏脑脚脱舰艺节苏药获营蓝虑虚补装"
    "观规视览觉触计订讨让训议讯记讲许论设访证评识诉诊词译试话询该详语误请读课谁调谈谋谢贝负财责败货质贫购贵费贼资赏"
    "赔赖赛赞赢赶跃践踪轨轮软转轻载较辅辆辈输辞边达迁运远违连迟适选递逻遗邮邻释钟钢钱铁银链锁错键镇镜闪闭闯闲闷闹闻"
    "阅队阳阴阵阶际陆陈险随隐难雾韩页顶项顺须顾预领频题颜额风飞饭饮馆马驱驶驻验骑骗鱼鸟鸡鸣麦黄齐龙个羁么")
TRADITIONAL_ONLY = set(
    "這們說為時來對會發現進過還應與問題關見認間實樣長經學沒務動門書車東義習樂買親從眾優傳傷體黨決況創刪別劇辦勞勢"
    "區醫華單衛廠歷壓縣參雙變號嗎聽啟員響園圍圖圓國場壞塊堅壇處備頭奪婦媽寧寶審宮導壽將爾層歲島幣師帶幫廣莊慶庫應"
    "廢開棄張彈強歸錄徹憶態總惡驚慣憤戰戶護報擁擇擠換據損攝擺搖數斷無舊顯曉術機殺雜權條極構槍標欄樹檔橋夢檢樓歡殘毀"
    "氣漢溝淚澤潔淺測濟濃塗潤漲漸溫灣濕滿滅靈災點爛煙熱愛爺獨狹獻環現電畫療蓋監碼礎確禮離種稱積穩窮競筆簽簡糧緊紀約"
    "紅級純綱納縱紛紙紋線練組細織終綁結繞給絡絕統繼續維綜緩編緣縮罰羅職聯肅膚脅勝臟腦腳脫艦藝節蘇藥獲營藍慮虛補裝"
    "觀規視覽覺觸計訂討讓訓議訊記講許論設訪證評識訴診詞譯試話詢該詳語誤請讀課誰調談謀謝貝負財責敗貨質貧購貴費賊資賞"
    "賠賴賽贊贏趕躍踐蹤軌輪軟轉輕載較輔輛輩輸辭邊達遷運遠違連遲適選遞邏遺郵鄰釋鐘鋼錢鐵銀鏈鎖錯鍵鎮鏡閃閉闖閒悶鬧聞"
    "閱隊陽陰陣階際陸陳險隨隱難霧韓頁頂項順須顧預領頻題顏額風飛飯飲館馬驅駛駐驗騎騙魚鳥雞鳴麥黃齊龍個羈麼")


def texts(lang: str) -> Iterator[tuple[str, str]]:
    for form in forms.list_forms():
        yield f"{form.id}:title", form.title(lang)
        yield f"{form.id}:description", form.description(lang)
        for path, field in form.walk():
            yield f"{form.id}:{path}", field.labels[lang] + field.helps[lang] + field.wording.get(lang, "")
            for option in field.options:
                yield f"{form.id}:{path}:{option.code}", option.labels[lang]
    for vocab in forms.list_vocabularies():
        yield vocab.id, vocab.title(lang)
        for entry in vocab.entries:
            yield f"{vocab.id}:{entry.code}", entry.labels[lang]
    for table in (MESSAGES, EXPECTED, _WORDS):
        for key, by_lang in table.items():
            yield f"table:{key}", by_lang[lang]


def test_simplified_texts_have_no_traditional_only_characters() -> None:
    bad = [(where, sorted(set(text) & TRADITIONAL_ONLY)) for where, text in texts("zh_CN") if set(text) & TRADITIONAL_ONLY]
    assert not bad


def test_traditional_texts_have_no_simplified_only_characters() -> None:
    bad = [(where, sorted(set(text) & SIMPLIFIED_ONLY)) for where, text in texts("zh_TW") if set(text) & SIMPLIFIED_ONLY]
    assert not bad


def test_the_two_lists_do_not_overlap() -> None:
    assert not SIMPLIFIED_ONLY & TRADITIONAL_ONLY
