// The JSON value (json_value.h): how it is built, read, compared and written. What dump() writes
// is what the page's JSON.parse reads (getState(), the semantic layer, the text mirror).
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <set>
#include <string>
#include <vector>

#include "json_object_writer.h"
#include "json_value.h"

using core::Json;

TEST_CASE("json value: strings are written with '\"', '\\' and control characters escaped") {
  CHECK(Json("plain").dump() == R"("plain")");
  CHECK(Json("a\"b\\c/d").dump() == R"("a\"b\\c/d")");
  CHECK(Json("\b\f\n\r\t").dump() == R"("\b\f\n\r\t")");
  CHECK(Json(std::string("\0\x01\x1b\x1f", 4)).dump() == R"("\u0000\u0001\u001b\u001f")");
  // DEL and everything beyond ASCII are written as they are (JSON text is UTF-8).
  CHECK(Json("\x7f").dump() == "\"\x7f\"");
  CHECK(Json("Caf\xC3\xA9 \xE2\x80\x93 \xE2\x80\xAE \xF0\x9F\x98\x80").dump() ==
        "\"Caf\xC3\xA9 \xE2\x80\x93 \xE2\x80\xAE \xF0\x9F\x98\x80\"");
  // A byte that begins no UTF-8 character becomes U+FFFD: the text stays UTF-8.
  CHECK(Json("a\xFF" "b\xC0\xAF" "c\xED\xA0\x80").dump() ==
        "\"a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD" "c\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");
  CHECK(Json("\xE2\x82").dump() == "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");  // cut short
  // Keys are quoted the same way.
  Json o;
  o["k\"\n\xFF"] = 1;
  CHECK(o.dump() == "{\"k\\\"\\n\xEF\xBF\xBD\":1}");
  // appendJsonString (text written without a Json) quotes exactly as dump() does, after what
  // is already there.
  for (const std::string& text : {std::string("plain"), std::string("a\"b\\c\n\x01"), std::string("x\0y", 3),
                                 std::string("Caf\xC3\xA9 \xFF\xE2\x82")}) {
    std::string out = "[";
    core::appendJsonString(out, text);
    CHECK(out == "[" + Json(text).dump());
  }
}

TEST_CASE("json value: numbers are written so that they read back the same") {
  CHECK(Json(0).dump() == "0");
  CHECK(Json(-7).dump() == "-7");
  CHECK(Json(std::numeric_limits<std::int64_t>::min()).dump() == "-9223372036854775808");
  CHECK(Json(std::numeric_limits<std::uint64_t>::max()).dump() == "18446744073709551615");
  CHECK(Json(std::size_t{3}).dump() == "3");
  CHECK(Json(10.0).dump() == "10.0");  // a double stays a double when read back
  CHECK(Json(0.5).dump() == "0.5");
  CHECK(Json(49.99).dump() == "49.99");
  CHECK(Json(0.1 + 0.2).dump() == "0.30000000000000004");
  CHECK(Json(1.0 / 3).dump() == "0.3333333333333333");
  CHECK(Json(-0.0).dump() == "-0.0");
  CHECK(Json(1e20).dump() == "1e+20");
  CHECK(Json(1.5e-7).dump() == "1.5e-07");
  CHECK(Json(5e-324).dump() == "4.94065645841247e-324");
  CHECK(Json(1.7976931348623157e308).dump() == "1.7976931348623157e+308");
  CHECK(Json(2.5f).dump() == "2.5");
  // JSON has no infinity or NaN.
  CHECK(Json(std::numeric_limits<double>::infinity()).dump() == "null");
  CHECK(Json(std::nan("")).dump() == "null");
  for (double d : {49.99, 0.1 + 0.2, 1.0 / 3, 5e-324, 1.7976931348623157e308, 123456.789, -2.5e-300})
    CHECK(Json::parse(Json(d).dump()).get<double>() == d);
}

TEST_CASE("json value: initializer lists make objects of {key, value} pairs and arrays of the rest") {
  const Json o = {{"z", 1}, {"a", {1, 2}}, {"m", {"one"}}, {"n", nullptr}, {"o", {{"x", true}}}};
  CHECK(o.is_object());
  CHECK(o.dump() == R"({"z":1,"a":[1,2],"m":["one"],"n":null,"o":{"x":true}})");  // in insertion order
  CHECK(Json{1, "two", 3.5, false}.dump() == R"([1,"two",3.5,false])");
  CHECK(Json::array().dump() == "[]");
  CHECK(Json::object().dump() == "{}");
  CHECK(Json().dump() == "null");
  CHECK(Json::array({{{"a", 1}}, {{"b", 2}}}).dump() == R"([{"a":1},{"b":2}])");
  CHECK(Json(std::vector<std::string>{"a", "b"}).dump() == R"(["a","b"])");
  CHECK(Json(std::set<int>{3, 1}).dump() == "[1,3]");
  CHECK(Json(std::string_view("sv")).dump() == R"("sv")");
}

TEST_CASE("json value: members and elements are read and changed") {
  Json j;
  j["b"] = 1;
  j["a"] = "x";
  j["b"] = 2;  // replaced in place
  CHECK(j.dump() == R"({"b":2,"a":"x"})");
  CHECK(j.size() == 2);
  CHECK(j.contains("a"));
  CHECK_FALSE(j.contains("c"));
  const Json& c = j;
  CHECK(c["c"].is_null());  // reading a const value adds nothing
  CHECK(j.size() == 2);
  j.update({{"a", "y"}, {"c", 3}});
  CHECK(j.dump() == R"({"b":2,"a":"y","c":3})");
  j.erase("b");
  CHECK(j.dump() == R"({"a":"y","c":3})");
  int keys = 0;
  for (const auto& [key, value] : j.items()) keys += key.size() == 1 && !value.is_null();
  CHECK(keys == 2);

  Json a;
  a.push_back(1);
  a.push_back("two");
  a.insert(a.begin(), 0);
  CHECK(a.dump() == R"([0,1,"two"])");
  a.erase(1);
  CHECK(a.dump() == R"([0,"two"])");
  a[3] = true;  // extended with nulls
  CHECK(a.dump() == R"([0,"two",null,true])");
  const Json& ca = a;
  CHECK(ca[9].is_null());
  CHECK(a.size() == 4);
  int count = 0;
  for (const Json& e : ca) count += !e.is_null();
  CHECK(count == 3);
  CHECK(Json().empty());
  CHECK(Json::array().empty());
  CHECK(Json(5).size() == 1);
}

TEST_CASE("json value: get<T>() reads scalars, and gives zero for the wrong kind") {
  CHECK(Json(7).get<int>() == 7);
  CHECK(Json(7).get<double>() == 7.0);
  CHECK(Json(2.5).get<float>() == 2.5f);
  CHECK(Json(true).get<bool>());
  CHECK(Json("s").get<std::string>() == "s");
  CHECK(Json("s").get<int>() == 0);
  CHECK(Json(1).get<std::string>().empty());
  CHECK_FALSE(Json(1).get<bool>());
}

TEST_CASE("json value: comparisons") {
  CHECK(Json(1) == Json(1.0));
  CHECK(Json(1) == Json(std::uint64_t{1}));
  CHECK(Json(-1) != Json(std::numeric_limits<std::uint64_t>::max()));
  CHECK(Json(2) > Json(1.5));
  CHECK(Json(-1) < Json(std::uint64_t{0}));
  CHECK(Json("abc") == "abc");
  CHECK(Json("abc") != "abd");
  CHECK(Json("a") < Json("b"));
  CHECK(Json(true) == true);
  CHECK(Json(1) != true);
  CHECK(Json(nullptr) == Json());
  CHECK(Json("1") != 1);
  const Json o1 = {{"a", 1}, {"b", 2}};
  CHECK(o1 == Json{{"a", 1}, {"b", 2.0}});
  CHECK(o1 != Json{{"b", 2}, {"a", 1}});  // members in order, as they are written
  CHECK(Json{1, 2} != Json{1, 2, 3});
}

TEST_CASE("json value: parse reads any JSON text, and gives null for what is not") {
  const std::string text = R"({"a":[1,-2,0.5,"x\n\u00e9",true,false,null],"b":{},"c":[]})";
  const Json j = Json::parse(text);
  CHECK(j.dump() == "{\"a\":[1,-2,0.5,\"x\\n\xC3\xA9\",true,false,null],\"b\":{},\"c\":[]}");
  CHECK(j["a"][3] == "x\n\xC3\xA9");
  CHECK(j["a"][1] == -2);
  CHECK(Json::parse(j.dump()) == j);
  CHECK(Json::parse("  42 ") == 42);
  CHECK(Json::parse("{\"a\":1,}").is_null());
  CHECK(Json::parse("").is_null());
  CHECK(Json::parse(std::string(600, '[') + std::string(600, ']')).is_null());  // deeper than 512
  CHECK(Json::parse(std::string(500, '[') + std::string(500, ']')).is_array());
  // A repeated key is kept; reading finds the first.
  const Json twice = Json::parse(R"({"k":1,"k":2})");
  CHECK(twice.size() == 2);
  CHECK(twice["k"] == 1);
}

TEST_CASE("json object writer: writes what Json::dump writes for the same members, hostile text too") {
  const std::string hostile = std::string("a\"b\\c\n\x01\xFF", 8) + "</script>\xE2\x80\xAE";
  Json expected;
  expected["id"] = hostile;
  expected["x"] = -12;
  expected["big"] = std::numeric_limits<std::int64_t>::min();
  expected["on"] = true;
  expected["off"] = false;
  expected["k\"\n\xFF"] = "";
  Json list = Json::array();
  list.push_back(Json(1));
  expected["list"] = list;

  std::string out = "prefix";
  core::JsonObjectWriter w(out);
  w.text("id", hostile);
  w.number("x", -12);
  w.number("big", std::numeric_limits<std::int64_t>::min());
  w.boolean("on", true);
  w.boolean("off", false);
  w.text("k\"\n\xFF", "");
  w.member("list") += "[1]";
  w.close();
  CHECK(out == "prefix" + expected.dump());
  CHECK(Json::parse(out.substr(6))["x"] == Json(-12));  // and it is JSON the reader takes

  std::string empty;
  core::JsonObjectWriter none(empty);
  none.close();
  CHECK(empty == "{}");

  std::string quoted;
  core::appendJsonString(quoted, hostile);
  CHECK(quoted == Json(hostile).dump());
}

TEST_CASE("json writer: each C++ type becomes the value Json would hold, and arrays nest") {
  const std::string name = "Ada \"Lovelace\"";
  const std::vector<std::string> list = {"a", "b\n"};
  core::SortedIds ids;
  ids.insert("z");
  ids.insert("m");
  core::SortedIdMap<int> map;
  map.insert({"x", 2});
  const char* none = nullptr;
  Json expected = {{"literal", "text"},  // a literal is text, never true
                   {"none", nullptr},
                   {"nullText", nullptr},
                   {"int", -3},
                   {"size", std::size_t{7}},
                   {"big", std::uint64_t{1} << 60},
                   {"half", 0.5},
                   {"whole", 3.0},
                   {"name", name},
                   {"view", std::string_view("v")},
                   {"noCap", nullptr},
                   {"cap", 100.0},
                   {"list", list},
                   {"ids", {"m", "z"}},
                   {"map", {{"x", 2}}},
                   {"range", {1.5, 2.0}},
                   {"weeks", {3, 4}},
                   {"objects", Json::array({{{"on", true}}, {{"on", false}}})}};

  std::string out;
  core::JsonObjectWriter w(out);
  w.put("literal", "text");
  w.put("none", nullptr);
  w.put("nullText", none);
  w.put("int", -3);
  w.put("size", std::size_t{7});
  w.put("big", std::uint64_t{1} << 60);
  w.put("half", 0.5);
  w.put("whole", 3.0);
  w.put("name", name);
  w.put("view", std::string_view("v"));
  w.put("noCap", std::optional<double>());
  w.put("cap", std::optional<double>(100.0));
  w.put("list", list);
  w.put("ids", ids);
  w.put("map", map);
  w.range("range", 1.5, 2.0);
  w.range("weeks", 3, 4);
  core::JsonArrayWriter objects(w.member("objects"));
  for (bool on : {true, false}) {
    core::JsonObjectWriter o(objects.item());
    o.put("on", on);
    o.close();
  }
  objects.close();
  w.close();
  CHECK(out == expected.dump());
  CHECK(Json::parse(out) == expected);

  std::string empty;
  core::JsonArrayWriter nothing(empty);
  nothing.close();
  CHECK(empty == "[]");
}
