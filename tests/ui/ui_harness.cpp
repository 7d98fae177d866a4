#include "ui_harness.h"

#include <ctime>

#include "calendar.h"
#include "imgui.h"
#include "imgui_internal.h"  // the log buffer (tests only)

namespace test {

namespace {

// The machine's local date, as a page's JavaScript Date gives it to the widget.
int localToday() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return core::daysFromCivil({local.tm_year + 1900, local.tm_mon + 1, local.tm_mday});
}

void recordUrl(const char* url) { UiHarness::calls().opened.emplace_back(url); }
void recordCopy(const char* text) { UiHarness::calls().copied.emplace_back(text); }
bool recordSave(const char* fragment) {
  UiHarness::calls().saved.emplace_back(fragment);
  return !UiHarness::calls().refuseSaves;
}
void recordPrint(const char* html) { UiHarness::calls().printed.emplace_back(html); }
void recordDownload(const char* name, const char*, const char* contents) {
  UiHarness::calls().downloads.emplace_back(name, contents);
}
void recordOffline() { ++UiHarness::calls().offline; }

// Pretends to be a renderer that has uploaded every texture ImGui asked for.
void acknowledgeTextures() {
  for (ImTextureData* tex : ImGui::GetPlatformIO().Textures) {
    if (tex->Status == ImTextureStatus_WantCreate || tex->Status == ImTextureStatus_WantUpdates) {
      tex->SetTexID(static_cast<ImTextureID>(1));
      tex->SetStatus(ImTextureStatus_OK);
    } else if (tex->Status == ImTextureStatus_WantDestroy) {
      tex->SetTexID(ImTextureID_Invalid);
      tex->SetStatus(ImTextureStatus_Destroyed);
    }
  }
}

}  // namespace

UiHarness::Calls& UiHarness::calls() {
  static Calls calls;
  return calls;
}

UiHarness::UiHarness(float width, float height, bool dark) : width_(width), height_(height) {
  context_ = ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(width, height);
  io.DeltaTime = 1.0f / 60.0f;
  io.BackendFlags |= ImGuiBackendFlags_RendererHasTextures;
  ui::PlatformHooks hooks;
  hooks.openUrl = recordUrl;
  hooks.copyText = recordCopy;
  hooks.saveState = recordSave;
  hooks.printHtml = recordPrint;
  hooks.downloadFile = recordDownload;
  hooks.downloadOffline = recordOffline;
  clearCalls();
  widget_.setDarkMode(dark);
  widget_.init(hooks);
  widget_.setToday(localToday());
}

UiHarness::~UiHarness() { ImGui::DestroyContext(context_); }

void UiHarness::frame(bool inInputHandler) {
  ImGui::GetIO().DisplaySize = ImVec2(width_, height_);
  ImGui::NewFrame();
  ImGui::LogToBuffer();  // what the frame renders as text, for drawnText()
  animating_ = widget_.frame(inInputHandler);
  drawnText_ = GImGui->LogBuffer.c_str();
  ImGui::LogFinish();
  ImGui::Render();
  acknowledgeTextures();
}

core::Json UiHarness::state() const { return core::Json::parse(widget_.stateJson()); }

void UiHarness::frames(int count) {
  for (int i = 0; i < count; ++i) frame();
}

void UiHarness::handlerFrame() { frame(true); }

bool UiHarness::rect(const std::string& name, ui::Rect& out) const {
  return widget_.itemRect(name, out);
}

bool UiHarness::click(const std::string& name) {
  ui::Rect r;
  if (!widget_.itemRect(name, r)) return false;
  ImGuiIO& io = ImGui::GetIO();
  const float x = r.x + r.w * 0.5f, y = r.y + r.h * 0.5f;
  io.AddMousePosEvent(x, y);
  frame();
  io.AddMouseButtonEvent(0, true);
  frame();
  io.AddMouseButtonEvent(0, false);
  frame();
  frame();  // the click's effect drawn
  return true;
}

void UiHarness::key(int imguiKey) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(static_cast<ImGuiKey>(imguiKey), true);
  frame();
  io.AddKeyEvent(static_cast<ImGuiKey>(imguiKey), false);
  frames(2);
}

bool UiHarness::scrollTo(const std::string& name, float x, float y, int maxSteps) {
  ui::Rect r;
  for (int i = 0; i < maxSteps; ++i) {
    // Fully on screen, not just a sliver at the bottom edge.
    if (widget_.itemRect(name, r) && r.y + r.h < height_ - 4) return true;
    wheel(x, y, -1);
  }
  return widget_.itemRect(name, r);
}

bool UiHarness::openInfo(const std::string& name, float x, float y) {
  if (!scrollTo(name, x, y) || !click(name)) return false;
  frames(2);
  ui::Rect box;
  return widget_.itemRect("popover/" + name, box);
}

float UiHarness::wheel(float x, float y, float lines) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(x, y);
  frame();
  // As the browser platform does: the widget decides what scrolls (one notch = 100 CSS px).
  const float taken = widget_.scrollAt(x, y, -lines * 100.0f);
  frames(2);
  return taken;
}

}  // namespace test
