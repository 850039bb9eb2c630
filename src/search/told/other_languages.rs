//! Chinese 死 ("to death") as an everyday intensifier: a rule of the language's
//! grammar rather than a word list (the lists are `lexicon`'s).

/// Chinese words that take 死 ("to death") as a plain intensifier when 了 or 啦 closes
/// it: 笑死了 "dying of laughter", 饿死了 "starving", 累死我了 "dead tired". Pain (疼死,
/// 痛死) and fright (吓死) are left out: said of someone, they may be the emergency.
#[rustfmt::skip]
const ZH_DEGREE: &[char] = &[
    '笑', '饿', '累', '困', '热', '冷', '忙', '烦', '气', '渴', '急', '闷', '挤', '晒',
];

/// What may come between 死 and the closing 了: the one it happens to (累死我了).
const ZH_UNDERGOER: &[char] = &['我', '人', '他', '她'];

/// Chinese words of danger: with any of them, 死 is not read as an intensifier.
#[rustfmt::skip]
const ZH_DANGER: &[&str] = &[
    "刀", "枪", "杀", "砍", "捅", "打人", "打我", "打了", "抢", "自己", "自杀", "不想活",
    "想死", "要死", "跳楼", "跳河", "血", "晕", "倒地", "药", "威胁", "炸", "火",
];

/// Whether a Chinese 死 is an intensifier ("笑死了"), with no word of danger anywhere
/// in `text` (the query's folded words, joined).
pub(super) fn chinese_intensifier(text: &str) -> bool {
    if ZH_DANGER.iter().any(|danger| text.contains(danger)) {
        return false;
    }
    let chars: Vec<char> = text.chars().collect();
    (1..chars.len()).any(|i| {
        let closed = match chars.get(i + 1..) {
            Some([undergoer, '了', ..]) => ZH_UNDERGOER.contains(undergoer),
            Some(['了' | '啦', ..]) => true,
            _ => false,
        };
        chars[i] == '死' && ZH_DEGREE.contains(&chars[i - 1]) && closed
    })
}
