package org.partyregistry.member.entity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A national code list (rule M22): codes in the standard's order with their standard Chinese names, and the other
 * names people write for them. A value is looked up by its code, its standard name or one of those names; pages show
 * the bundle's {@code <Prefix>.<code>} text in their language.
 */
public final class CodeList {

    /** GB 3304-1991: the 56 ethnic groups (01-56), other (97), foreign-born Chinese citizen (98). */
    public static final CodeList ETHNICITY = ethnicities();

    /** GB/T 4658-2006 levels of education. */
    public static final CodeList EDUCATION = new CodeList(entries(
            "11", "博士研究生", "14", "硕士研究生", "10", "研究生", "20", "大学本科", "30", "大学专科",
            "40", "中等职业教育", "60", "普通高中", "70", "初中", "80", "小学", "90", "其他"), Map.ofEntries(
            Map.entry("博士", "11"), Map.entry("博士研究生毕业", "11"), Map.entry("硕士", "14"),
            Map.entry("硕士研究生毕业", "14"), Map.entry("研究生教育", "10"), Map.entry("本科", "20"),
            Map.entry("大学本科教育", "20"), Map.entry("大学本科毕业", "20"), Map.entry("大专", "30"),
            Map.entry("专科", "30"), Map.entry("大学专科教育", "30"), Map.entry("大学专科毕业", "30"),
            Map.entry("中专", "40"), Map.entry("中等专科", "40"), Map.entry("职业高中", "40"), Map.entry("技校", "40"),
            Map.entry("高中", "60"), Map.entry("普通高级中学教育", "60"), Map.entry("普通高中毕业", "60"),
            Map.entry("初级中学教育", "70"), Map.entry("初中毕业", "70"), Map.entry("小学教育", "80"),
            Map.entry("小学毕业", "80")));

    private final Map<String, String> names;
    private final Map<String, String> lookup = new LinkedHashMap<>();

    private CodeList(Map<String, String> names, Map<String, String> aliases) {
        this.names = Collections.unmodifiableMap(names);
        names.forEach((code, name) -> {
            lookup.put(code, code);
            lookup.put(name, code);
        });
        aliases.forEach(lookup::putIfAbsent);
    }

    private static Map<String, String> entries(String... codesAndNames) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < codesAndNames.length; i += 2) {
            map.put(codesAndNames[i], codesAndNames[i + 1]);
        }
        return map;
    }

    private static CodeList ethnicities() {
        String[] groups = ("汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 "
                + "景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 "
                + "塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺").split(" ");
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> aliases = new LinkedHashMap<>();
        for (int i = 0; i < groups.length; i++) {
            String code = String.format("%02d", i + 1);
            names.put(code, groups[i] + "族");
            aliases.put(groups[i], code);
        }
        names.put("97", "其他");
        names.put("98", "外国血统中国籍人士");
        return new CodeList(names, aliases);
    }

    /** The codes in the standard's order. */
    public List<String> codes() {
        return List.copyOf(names.keySet());
    }

    /** The code a text names (its code, standard name or another name, blanks ignored), if any. */
    public Optional<String> code(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(lookup.get(text.strip()));
    }

    /** True for a code of this list. */
    public boolean isCode(String value) {
        return value != null && names.containsKey(value);
    }

    /** The standard Chinese name of a code; any other stored value (text from before the list) as it is. */
    public String name(String value) {
        return value == null ? null : names.getOrDefault(value, value);
    }
}
